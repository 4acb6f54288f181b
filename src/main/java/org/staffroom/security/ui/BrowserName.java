package org.staffroom.security.ui;

import java.util.List;
import java.util.Map;

/** A user-agent header shortened to what a person recognises: "Chrome on Android". */
final class BrowserName {

    // Order matters: Edge and Opera also say Chrome; Chrome also says Safari.
    private static final List<Map.Entry<String, String>> BROWSERS = List.of(Map.entry("Edg/", "Edge"),
            Map.entry("OPR/", "Opera"), Map.entry("Firefox/", "Firefox"), Map.entry("Chrome/", "Chrome"),
            Map.entry("Safari/", "Safari"));
    private static final List<Map.Entry<String, String>> SYSTEMS = List.of(Map.entry("iPad", "iPadOS"),
            Map.entry("iPhone", "iOS"), Map.entry("Android", "Android"), Map.entry("CrOS", "ChromeOS"),
            Map.entry("Windows", "Windows"), Map.entry("Mac OS X", "macOS"), Map.entry("Linux", "Linux"));

    private BrowserName() {
    }

    /** The browser and its system, or "" when the header says nothing known. */
    static String of(String userAgent, String onWord) {
        String browser = first(BROWSERS, userAgent);
        String system = first(SYSTEMS, userAgent);
        if (browser.isEmpty()) {
            return system;
        }
        return system.isEmpty() ? browser : browser + " " + onWord + " " + system;
    }

    private static String first(List<Map.Entry<String, String>> names, String userAgent) {
        return names.stream().filter(name -> userAgent.contains(name.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse("");
    }
}
