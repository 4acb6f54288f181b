package org.staffroom.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.staffroom.HostileInput;
import org.staffroom.TestAccounts;
import org.staffroom.base.domain.AbstractEntity;
import org.staffroom.security.Role;
import org.staffroom.staff.Staff;
import org.staffroom.staff.TestStaffAccounts;

/**
 * The corpus stored as names and group names, then shown, searched and put in the URL in
 * Chromium: no script runs (no dialog, no error in the console) and no request fails.
 */
class HostileInputIT extends BrowserTestBase {

    @Autowired
    TestStaffAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void storedAndTypedHostileTextNeverRunsAsScript() {
        List<String> shown = HostileInput.corpus().stream().map(AbstractEntity::normalized)
                .filter(value -> !value.isEmpty() && value.length() <= 60 && value.chars().noneMatch(Character::isISOControl)
                        && value.chars().noneMatch(c -> Character.isSurrogate((char) c)))
                .toList();
        for (String value : shown) {
            Staff person = accounts.create("shown", Role.STAFF);
            accounts.rename(person, value, value);
            jdbc.update("INSERT IGNORE INTO subject_group (name) VALUES (?)", value);
        }
        List<String> scripts = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        page.onDialog(dialog -> {
            scripts.add(dialog.message());
            dialog.dismiss();
        });
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                failures.add(message.text());
            }
        });
        page.onResponse(response -> {
            if (response.status() >= 500) {
                failures.add(response.status() + " " + response.url());
            }
        });

        signIn(page, TestAccounts.HEAD_EMAIL, TestStaffAccounts.PASSWORD);
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(userMenuButton(page)).isVisible();
        for (String view : List.of("/staff", "/subject-groups", "/directory")) {
            page.navigate(view);
            page.waitForFunction("() => document.title.length > 0");
            page.waitForTimeout(500);
        }
        for (String value : shown.subList(0, Math.min(40, shown.size()))) {
            page.navigate("/staff?q=" + URLEncoder.encode(value, StandardCharsets.UTF_8)
                    + "&group=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            page.locator("vaadin-grid").first().waitFor();
        }
        page.navigate("/subject-groups");
        var search = page.getByLabel("Search subject groups by name");
        for (String value : shown.subList(0, Math.min(40, shown.size()))) {
            search.fill(value);
            page.waitForTimeout(50);
        }
        page.waitForTimeout(500);

        assertThat(scripts).as("scripts that ran").isEmpty();
        assertThat(failures).as("console errors and failed requests").isEmpty();
    }
}
