package org.staffroom.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged production jar, started with {@code java -jar} on the embedded database
 * and a free port, is an installable app: Chromium finds the manifest and icons, the
 * service worker controls the page, Chromium reports no installability errors, and a
 * navigation without network shows the offline page.
 */
class PwaInstallabilityIT {

    // Beside the other tests' data directories, so the unpacked server is shared.
    private static final Path DATA_DIR = Path.of("target", "test-mariadb", "pwa-" + UUID.randomUUID());
    private static Process app;
    private static String baseUrl;

    @BeforeAll
    static void startProductionJar() throws Exception {
        Chromium.executableOrSkip();
        int port = PackagedJar.freePort();
        baseUrl = "http://localhost:" + port;
        app = PackagedJar.command(
                "--server.port=" + port,
                "--staffroom.embedded-db.port=0",
                "--staffroom.embedded-db.data-dir=" + DATA_DIR,
                "--staffroom.sample-data.enabled=false",
                "--staffroom.admin.password=Pwa-test-passphrase-2026")
                .redirectOutput(Path.of("target", "pwa-app.log").toFile())
                .start();
        awaitLoginPage(Duration.ofSeconds(120));
    }

    @AfterAll
    static void stopProductionJar() throws InterruptedException, IOException {
        if (app != null) {
            app.destroy();
            if (!app.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
        org.springframework.util.FileSystemUtils.deleteRecursively(DATA_DIR);
    }

    @Test
    void chromiumReportsTheProductionJarInstallable() throws IOException {
        Path profile = Files.createTempDirectory("staffroom-pwa-profile");
        try (Playwright playwright = Chromium.playwright();
                // A persistent profile: Chromium never offers to install from an incognito-like context.
                BrowserContext context = playwright.chromium().launchPersistentContext(profile,
                        new BrowserType.LaunchPersistentContextOptions()
                                .setExecutablePath(Chromium.executableOrSkip())
                                .setHeadless(true)
                                .setArgs(Chromium.ARGS)
                                .setViewportSize(1024, 768)
                                .setLocale("en-GB"))) {
            Page page = context.pages().isEmpty() ? context.newPage() : context.pages().getFirst();
            List<String> policyViolations = new java.util.ArrayList<>();
            page.onConsoleMessage(message -> {
                if (message.text().contains("Content Security Policy")) {
                    policyViolations.add(message.text());
                }
            });
            page.navigate(baseUrl + "/login");
            page.waitForFunction("() => navigator.serviceWorker.ready.then(() => true)");
            page.reload();
            page.waitForFunction("() => navigator.serviceWorker.controller !== null");

            var cdp = context.newCDPSession(page);
            JsonObject manifest = cdp.send("Page.getAppManifest");
            assertThat(manifest.get("url").getAsString()).endsWith("/manifest.webmanifest");
            assertThat(manifest.getAsJsonArray("errors")).isEmpty();
            JsonObject data = JsonParser.parseString(manifest.get("data").getAsString()).getAsJsonObject();
            assertThat(data.get("name").getAsString()).isEqualTo("Staffroom");
            assertThat(data.get("short_name").getAsString()).isEqualTo("Staffroom");
            List<String> iconSizes = data.getAsJsonArray("icons").asList().stream()
                    .map(icon -> icon.getAsJsonObject().get("sizes").getAsString()).toList();
            assertThat(iconSizes).contains("192x192", "512x512");

            // The rest of Lighthouse's PWA and tablet checks that apply without HTTPS.
            assertThat(page.locator("meta[name=viewport]").getAttribute("content")).contains("width=device-width");
            assertThat(page.locator("meta[name=theme-color]").getAttribute("content")).isEqualTo("#1a5fb4");
            assertThat(page.locator("link[rel=apple-touch-icon]").count()).isPositive();
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");

            JsonObject installability = cdp.send("Page.getInstallabilityErrors");
            assertThat(installability.getAsJsonArray("installabilityErrors")).as(installability.toString()).isEmpty();

            // Without network a navigation gets the offline page; with the network back, "Try again"
            // opens the page asked for (here the login page, as nobody is signed in).
            context.setOffline(true);
            page.navigate(baseUrl + "/subject-groups");
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("You are offline")).waitFor();
            assertThat(page.title()).isEqualTo("Offline · Staffroom");
            context.setOffline(false);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Try again")).click();
            page.waitForURL(baseUrl + "/login");
            page.getByLabel("E-mail").waitFor();
            assertThat(policyViolations).as("the worker, the manifest and the offline page under the CSP").isEmpty();

        }
    }

    private static void awaitLoginPage(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!app.isAlive()) {
                fail("The production jar stopped during start; see target/pwa-app.log");
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        fail("The production jar did not answer within " + timeout + "; see target/pwa-app.log");
    }
}
