package org.staffroom.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.netbeans.lib.profiler.heap.Heap;
import org.netbeans.lib.profiler.heap.HeapFactory;
import org.netbeans.lib.profiler.heap.Instance;
import org.springframework.util.FileSystemUtils;

/**
 * Heap per signed-in administrator with the staff grid open, measured as Vaadin's capacity guide
 * describes: the live heap after a full GC with one warm-up session, then with 20 and with 40 more
 * (each a Chromium tab that signed in and opened the grid over 2,000 people), divided by the
 * sessions added. The live heap comes from {@code jcmd GC.class_histogram}, which collects first.
 *
 * <p>{@code -Dbenchmark.jars=a.jar,b.jar} measures other builds side by side (e.g. one of an
 * older commit); by default it measures the packaged jar, so run {@code ./mvnw package} first.
 *
 * <p>The difference of two heaps also holds whatever else changed meanwhile (a cache filled, a
 * buffer grown), up to a hundred KB a session from one run to the next. So the heap with 40
 * sessions is also dumped and each HTTP session's retained heap (what it alone keeps alive) is
 * read from it: a figure that moves by a few KB. {@code -Dbenchmark.keep-heap-dump=true} keeps
 * the dump ({@code target/benchmark/session-memory-<n>/sessions.hprof}) for a look in VisualVM.
 */
@Tag("benchmark")
class SessionMemoryBenchmark {

    private static final int[] SESSIONS = {20, 40};

    @Test
    void heapPerSignedInSessionWithTheStaffGridOpen() throws Exception {
        String jarsProperty = System.getProperty("benchmark.jars", "");
        List<Path> jars = jarsProperty.isBlank() ? List.of(PackagedJar.jar())
                : Arrays.stream(jarsProperty.split(",")).map(name -> Path.of(name.strip()).toAbsolutePath()).toList();
        Path chromium = Chromium.executableOrSkip();
        List<String> report = new ArrayList<>();
        try (Playwright playwright = Chromium.playwright(); Browser browser = playwright.chromium().launch(
                new BrowserType.LaunchOptions().setExecutablePath(chromium).setHeadless(true).setArgs(Chromium.ARGS))) {
            for (int i = 0; i < jars.size(); i++) {
                report.addAll(measure(browser, jars.get(i), Path.of("target", "benchmark", "session-memory-" + i)));
            }
        }
        System.out.println(String.join(System.lineSeparator(), report));
    }

    private List<String> measure(Browser browser, Path jar, Path work) throws Exception {
        // A fresh database each time, also after a run that was cut short.
        FileSystemUtils.deleteRecursively(Path.of("target", "test-mariadb", "jar-" + work.getFileName()));
        RunningJar app = RunningJar.start(jar, List.of("-Xmx1g"), work.toAbsolutePath(),
                "--staffroom.mfa-required-for=NONE");
        int sessions = 0;
        try {
            try (Connection connection = app.connect(); var statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO staff (email, first_name, last_name, password_hash, role, enabled, "
                        + "must_change_password) SELECT CONCAT('memory', seq, '@bench.example'), 'Mem', "
                        + "CONCAT('Person ', seq), '{bcrypt}not-a-real-hash', 'STAFF', 1, 0 FROM seq_1_to_2000");
            }
            // One session first, so that classes, caches and compiled code are in the baseline; it stays in it.
            openStaffGrid(browser, app);
            Histogram none = Histogram.of(app.process().pid());
            List<String> lines = new ArrayList<>();
            lines.add("Session memory of " + jar.getFileName() + " (" + jar.getParent() + ")");
            lines.add(String.format("  %3d sessions: %,8d KB live heap (one warm-up session)", 0, none.total() / 1024));
            Histogram last = none;
            for (int count : SESSIONS) {
                for (; sessions < count; sessions++) {
                    openStaffGrid(browser, app);
                }
                last = Histogram.of(app.process().pid());
                lines.add(String.format("  %3d sessions: %,8d KB live heap, %,6.0f KB per session", count,
                        last.total() / 1024, (last.total() - none.total()) / 1024.0 / count));
            }
            lines.add("  the most per session, by class:");
            int sessionCount = sessions;
            last.growthSince(none).entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(8)
                    .forEach(growth -> lines.add(String.format("    %,7.1f KB  %s",
                            growth.getValue() / 1024.0 / sessionCount, growth.getKey())));
            // As it goes too: a run over several jars takes a while.
            System.out.println(String.join(System.lineSeparator(), lines));
            lines.add(retainedPerSession(app.process().pid(), work));
            System.out.println(lines.getLast());
            return lines;
        } finally {
            app.stop();
            FileSystemUtils.deleteRecursively(app.dataDir());
        }
    }

    private static void openStaffGrid(Browser browser, RunningJar app) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB")
                .setViewportSize(BrowserTestBase.DESKTOP_WIDTH, BrowserTestBase.DESKTOP_HEIGHT)
                .setBaseURL(app.baseUrl()));
        context.setDefaultTimeout(180_000);
        Page page = context.newPage();
        BrowserTestBase.signIn(page, RunningJar.ADMIN, RunningJar.ADMIN_PASSWORD);
        page.waitForURL(address -> !address.contains("/login"));
        page.navigate("/staff");
        // Rows rendered: the grid has asked for its first pages and built them.
        page.waitForFunction("() => document.querySelector('vaadin-grid') && !document.querySelector('vaadin-grid[loading]')"
                + " && document.querySelectorAll('vaadin-grid-cell-content').length > 100");
        // Offline first, so the tab cannot tell the server it closes: the server keeps the session and
        // its UI as for a person looking at the grid, for three missed heartbeats (15 minutes), far
        // longer than a measurement. Forty open tabs would take every core of this machine instead.
        context.setOffline(true);
        context.close();
    }

    /** The median, smallest and largest retained heap of the JVM's HTTP sessions, from a heap dump. */
    private static String retainedPerSession(long pid, Path work) throws IOException, InterruptedException {
        Path dump = work.resolve("sessions.hprof").toAbsolutePath();
        Files.deleteIfExists(dump);
        jcmd(pid, "GC.heap_dump", dump.toString());
        try {
            Heap heap = HeapFactory.createHeap(dump.toFile());
            @SuppressWarnings("unchecked") // the heap walker's API predates generics
            List<Instance> sessions = heap.getJavaClassByName("org.apache.catalina.session.StandardSession").getInstances();
            List<Long> retained = sessions.stream().map(Instance::getRetainedSize).sorted().toList();
            return String.format("  retained by each of the %d HTTP sessions: median %,.0f KB (%,.0f to %,.0f)",
                    retained.size(), retained.get(retained.size() / 2) / 1024.0, retained.getFirst() / 1024.0,
                    retained.getLast() / 1024.0);
        } finally {
            if (!Boolean.getBoolean("benchmark.keep-heap-dump")) {
                Files.deleteIfExists(dump);
                // The heap walker's index of the dump.
                FileSystemUtils.deleteRecursively(Path.of(dump + ".nbcache"));
            }
        }
    }

    /** What {@code jcmd <pid> <command>} prints, once it is done. */
    private static String jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid)));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        return output;
    }

    /** The live objects of a JVM by class, after the full GC that {@code jcmd GC.class_histogram} starts with. */
    private record Histogram(Map<String, Long> bytesByClass, long total) {

        static Histogram of(long pid) throws IOException, InterruptedException {
            String output = jcmd(pid, "GC.class_histogram");
            Map<String, Long> bytes = new HashMap<>();
            long total = -1;
            for (String line : output.lines().toList()) {
                String[] parts = line.strip().split("\\s+");
                if (parts.length >= 4 && parts[0].endsWith(":")) {
                    bytes.merge(parts[3], Long.parseLong(parts[2]), Long::sum);
                } else if (parts.length == 3 && parts[0].equals("Total")) {
                    total = Long.parseLong(parts[2]);
                }
            }
            if (total < 0) {
                throw new IllegalStateException("jcmd printed no histogram: " + output);
            }
            return new Histogram(bytes, total);
        }

        Map<String, Long> growthSince(Histogram before) {
            Map<String, Long> growth = new HashMap<>();
            bytesByClass.forEach((name, bytes) -> growth.put(name, bytes - before.bytesByClass.getOrDefault(name, 0L)));
            return growth;
        }
    }
}
