package org.staffroom.subjectgroup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.locator.Locators;
import com.vaadin.flow.component.notification.Notification;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.staffroom.SignedInAs;
import org.staffroom.TestAccounts;
import org.staffroom.subjectgroup.SubjectGroup;
import org.staffroom.subjectgroup.SubjectGroupService;

/** A statement that waits longer than staffroom.db-query-timeout is stopped by the server. */
@Tag("fault")
@SpringBootTest(properties = "staffroom.db-query-timeout=2s")
@SignedInAs(TestAccounts.HEAD_EMAIL)
class SlowDatabaseTest extends SpringBrowserlessTest implements Locators {

    @Autowired
    SubjectGroupService service;

    @Autowired
    DataSource dataSource;

    @Test
    void aSaveStuckBehindAnotherTransactionEndsWithAMessageAndKeepsWhatWasTyped() throws Exception {
        String tag = "S" + System.nanoTime() % 1_000_000_000;
        SubjectGroup group = service.create("Music " + tag);
        SubjectGroupView view = navigate(SubjectGroupView.class);
        findTextField().withAriaLabel("Search subject groups by name").setValue(tag);
        test(view.grid).doubleClickRow(0);
        roundTrip();
        view.nameEditor.setValue("Music and Drama " + tag);

        long waitedMillis;
        try (Connection other = dataSource.getConnection()) {
            // Someone else's long transaction holds the row.
            other.setAutoCommit(false);
            other.createStatement().execute("SELECT id FROM subject_group WHERE id = " + group.getId() + " FOR UPDATE");
            long startedAt = System.nanoTime();
            view.editor.save();
            waitedMillis = (System.nanoTime() - startedAt) / 1_000_000;
            other.rollback();
        }
        assertThat(find(Notification.class).all().stream().map(n -> test(n).getText()))
                .contains("The database took too long to answer; your change was not saved. Try again in a moment.");
        assertThat(waitedMillis).as("stopped by the 2 s limit, not InnoDB's 50 s lock wait").isBetween(1_500L, 10_000L);
        assertThat(view.grid.getEditor().isOpen()).isTrue();
        assertThat(view.nameEditor.getValue()).isEqualTo("Music and Drama " + tag);
        assertThat(service.get(group.getId()).getName()).isEqualTo("Music " + tag);

        view.editor.save();
        assertThat(service.get(group.getId()).getName()).as("the same save, once the row is free").isEqualTo("Music and Drama " + tag);
    }
}
