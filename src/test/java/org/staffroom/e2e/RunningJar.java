package org.staffroom.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged jar running on an embedded database of its own, with sample data, for a browser to drive. */
record RunningJar(Process process, Path dataDir, int databasePort, String baseUrl) {

    static final String ADMIN = "admin@school.example";
    static final String ADMIN_PASSWORD = "Running-jar-passphrase-2026";

    /** The jar as shipped, except for {@code settings} (e.g. {@code --staffroom.mfa-required-for=NONE}). */
    static RunningJar start(Path work, String... settings) throws Exception {
        return start(PackagedJar.jar(), List.of(), work, settings);
    }

    /** {@code jar} (another build, for a side-by-side benchmark) with {@code jvmOptions}, otherwise as {@link #start}. */
    static RunningJar start(Path jar, List<String> jvmOptions, Path work, String... settings) throws Exception {
        // Beside the other tests' data directories, so the unpacked server is shared.
        Path dataDir = Path.of("target", "test-mariadb", "jar-" + work.getFileName()).toAbsolutePath();
        int databasePort = PackagedJar.freePort();
        int httpPort = PackagedJar.freePort();
        Files.createDirectories(work);
        List<String> arguments = new ArrayList<>(List.of("--staffroom.embedded-db.data-dir=" + dataDir,
                "--staffroom.embedded-db.port=" + databasePort, "--staffroom.sample-data.enabled=true",
                "--staffroom.admin.password=" + ADMIN_PASSWORD));
        arguments.addAll(List.of(settings));
        Process process = PackagedJar.startReady(jar, jvmOptions, work.resolve("app.log"), httpPort,
                arguments.toArray(String[]::new));
        RunningJar running = new RunningJar(process, dataDir, databasePort, "http://localhost:" + httpPort);
        try (Connection connection = running.connect()) {
            // The first administrator would be sent to choose a password first.
            connection.createStatement().execute("UPDATE staff SET must_change_password = 0 WHERE email = '" + ADMIN + "'");
        }
        return running;
    }

    /** A connection to the app's database, as the app's own account. */
    Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + databasePort + "/staffroom", "staffroom",
                Files.readString(dataDir.resolve("staffroom-app.password")).strip());
    }

    /** Signs in as the administrator, opens the first person's row in the staff grid and returns its first-name field. */
    Locator openStaffEditor(Page page) {
        BrowserTestBase.signIn(page, ADMIN, ADMIN_PASSWORD);
        page.waitForURL(address -> !address.contains("/login"));
        page.navigate("/staff");
        page.waitForFunction("() => !document.querySelector('vaadin-grid[loading]')");
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("@")).first().dblclick();
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("First name"));
    }

    /** Kills the app's database server with SIGKILL, as a crash would. */
    void killDatabase() throws Exception {
        String argument = "--datadir=" + dataDir;
        for (ProcessHandle server : process.toHandle().descendants()
                .filter(child -> child.info().arguments().map(a -> Arrays.asList(a).contains(argument)).orElse(false))
                .toList()) {
            server.destroyForcibly();
            server.onExit().get(30, TimeUnit.SECONDS);
        }
    }

    void stop() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
