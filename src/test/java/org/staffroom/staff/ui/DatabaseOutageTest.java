package org.staffroom.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.locator.Locators;
import com.vaadin.flow.component.notification.Notification;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.staffroom.SignedInAs;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.staffroom.KillableDatabase;
import org.staffroom.TestAccounts;
import org.staffroom.base.domain.DatabaseUnavailableException;
import org.staffroom.security.Role;
import org.staffroom.staff.Staff;
import org.staffroom.staff.TestStaffAccounts;
import org.staffroom.subjectgroup.SubjectGroup;
import org.staffroom.subjectgroup.SubjectGroupService;

/** The app on a standalone MariaDB that the test kills with SIGKILL while a person works. */
@Tag("fault")
@SpringBootTest
@SignedInAs(TestAccounts.HEAD_EMAIL)
class DatabaseOutageTest extends SpringBrowserlessTest implements Locators {

    private static final KillableDatabase database = KillableDatabase.start("outage");

    @DynamicPropertySource
    static void useTheKillableDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", database::jdbcUrl);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
        // An external database needs the app's secret from configuration.
        registry.add("staffroom.secret-key", KillableDatabase::randomSecretKey);
    }

    @AfterAll
    static void stopTheDatabase() {
        database.close();
    }

    @Autowired
    TestStaffAccounts accounts;

    @Autowired
    SubjectGroupService subjectGroups;

    @Autowired
    HealthEndpoint health;

    @Test
    void aSaveWhileTheDatabaseIsDownKeepsWhatWasTypedAndWorksOnceItIsBack() throws Exception {
        Staff person = accounts.create("outage", Role.STAFF);
        StaffGridView view = navigate(StaffGridView.class);
        findTextField().withAriaLabel("Search staff by name or e-mail").setValue(person.getEmail());
        test(view.grid).doubleClickRow(0);
        roundTrip();
        view.editor.firstName.setValue("Typed during the outage");

        database.kill();
        view.editor.inline().save();
        assertThat(notifications())
                .contains("The database is not reachable; your change was not saved. Try again in a moment.");
        assertThat(view.grid.getEditor().isOpen()).as("the editor stays open").isTrue();
        assertThat(view.editor.firstName.getValue()).isEqualTo("Typed during the outage");
        assertThat(health.healthForPath("readiness").getStatus()).as("a proxy takes the node out").isEqualTo(Status.DOWN);
        assertThat(health.healthForPath("liveness").getStatus()).as("but nobody restarts it").isEqualTo(Status.UP);

        database.restart();
        view.editor.inline().save();
        assertThat(view.grid.getEditor().isOpen()).isFalse();
        assertThat(accounts.reload(person).getFirstName()).isEqualTo("Typed during the outage");
        assertThat(health.healthForPath("readiness").getStatus()).isEqualTo(Status.UP);
    }

    // The service records the members' history, unassigns them, then deletes the group; the kill
    // comes while it waits for the group's row, which the unassignment's member count (V13) or
    // else the deletion needs.
    @Test
    void unassignAndDeleteCutOffHalfWayLeavesNothingHalfWritten() throws Exception {
        SubjectGroup group = subjectGroups.create("Outage " + System.nanoTime());
        Staff member = accounts.assignTo(accounts.create("member", Role.STAFF), group);

        CompletableFuture<Void> deletion;
        try (Connection other = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password())) {
            other.setAutoCommit(false);
            other.createStatement().execute("SELECT id FROM subject_group WHERE id = " + group.getId() + " FOR UPDATE");
            deletion = CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(
                    () -> subjectGroups.delete(group.getId(), group.getVersion(), true)));
            awaitDeletionWaitingForTheGroupRow(other);
            database.kill();
        }
        assertThatThrownBy(() -> deletion.get(30, TimeUnit.SECONDS))
                .hasCauseInstanceOf(DatabaseUnavailableException.class);

        database.restart();
        assertThat(subjectGroups.get(group.getId()).getName()).isEqualTo(group.getName());
        assertThat(accounts.reload(member).getSubjectGroup()).as("still a member").isNotNull()
                .extracting(SubjectGroup::getId).isEqualTo(group.getId());
    }

    private static void awaitDeletionWaitingForTheGroupRow(Connection other) throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            try (var rows = other.createStatement().executeQuery("SELECT COUNT(*) FROM information_schema.processlist "
                    + "WHERE LOWER(info) LIKE 'delete from subject_group%' OR LOWER(info) LIKE 'update subject_group%'")) {
                rows.next();
                if (rows.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the deletion never reached the locked group row");
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }
}
