package org.staffroom.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.FilePayload;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.staffroom.TestAccounts;
import org.staffroom.staff.TestStaffAccounts;

/** An administrator uploads 5 good rows and 2 bad ones, sees both errors, imports the 5 and downloads their passwords. */
class ImportIT extends BrowserTestBase {

    @Autowired
    TestStaffAccounts accounts;

    @Test
    void fiveGoodRowsAreImportedTwoBadOnesShownAndThePasswordListDownloadedOnce() throws Exception {
        String tag = "e" + System.nanoTime() % 1_000_000_000;
        String csv;
        try (InputStream in = ImportIT.class.getResourceAsStream("/import/staff-five-good-two-bad.csv")) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@import.example", "." + tag + "@import.example");
        }
        signIn(page, TestAccounts.HEAD_EMAIL, TestStaffAccounts.PASSWORD);
        assertThat(userMenuButton(page)).isVisible();
        page.navigate("/staff");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Import staff"))).isVisible();

        page.locator("vaadin-upload input[type=file]").setInputFiles(
                new FilePayload("new-staff.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(page.getByText("New: 5 · Updated: 0 · Unchanged: 0 · Errors: 2")).isVisible();
        assertThat(page.getByText("Last name: Enter a value.")).isVisible();
        assertThat(page.getByText("Role: Unknown role. Use \"Staff member\" or \"Administrator\".")).isVisible();
        Locator importButton = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import 5 people"));
        assertThat(importButton).isDisabled();
        screenshot(page, "import-preview-desktop");
        assertThat(Axe.seriousViolations(page, "import preview (light)")).isEmpty();
        page.setViewportSize(768, 1024);
        screenshot(page, "import-preview-tablet-portrait");
        page.setViewportSize(1024, 768);
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        screenshot(page, "import-preview-tablet-landscape-dark");
        assertThat(Axe.seriousViolations(page, "import preview (dark)")).isEmpty();
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
        page.setViewportSize(DESKTOP_WIDTH, DESKTOP_HEIGHT);

        page.getByText("Import the 5 valid rows and skip the rows with errors").click();
        importButton.click();

        assertThat(page.getByText("Initial passwords for 5 new people")).isVisible();
        screenshot(page, "import-passwords-desktop");
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download initial passwords (CSV)")).click());
        List<String> lines = Files.readString(download.path(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).isEqualTo("\uFEFFE-mail,Person,Initial password");
        assertThat(lines).hasSize(6);
        assertThat(lines.get(1)).startsWith("nora.berg." + tag + "@import.example,Nora Berg,");
        assertThat(page.getByText("Downloaded. Staffroom no longer holds these passwords.")).isVisible();
        assertThat(accounts.findByEmail("raj.menon." + tag + "@import.example").isMustChangePassword()).isTrue();
        assertThat(accounts.findOptionalByEmail("uma.roy." + tag + "@import.example")).isEmpty();
    }
}
