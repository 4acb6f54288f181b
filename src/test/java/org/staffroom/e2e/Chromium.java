package org.staffroom.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium for Playwright, on this closed network. Without one, a local run
 * skips the browser tests with a message; under {@code CI=true} that is a failure.
 */
final class Chromium {

    static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private static final List<Path> CANDIDATES = List.of(
            Path.of("/usr/lib/chromium/chromium-headless-shell"), Path.of("/usr/bin/chromium"));

    private Chromium() {
    }

    static Path executableOrSkip() {
        Path chromium = System.getenv("CHROMIUM_PATH") != null
                ? Path.of(System.getenv("CHROMIUM_PATH"))
                : CANDIDATES.stream().filter(Files::isExecutable).findFirst().orElse(null);
        if (chromium == null || !Files.isExecutable(chromium)) {
            String message = "No Chromium found (looked for " + CANDIDATES
                    + "); install it with: apt-get install -y chromium chromium-headless-shell";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort("Browser tests skipped. " + message);
        }
        return chromium;
    }

    /** Playwright without its browser download, which this network refuses. */
    static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }
}
