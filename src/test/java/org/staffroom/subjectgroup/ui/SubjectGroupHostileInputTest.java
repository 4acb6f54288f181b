package org.staffroom.subjectgroup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.locator.Locators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.domain.PageRequest;
import org.staffroom.SignedInAs;
import org.staffroom.HostileInput;
import org.staffroom.TestAccounts;
import org.staffroom.base.domain.AbstractEntity;
import org.staffroom.subjectgroup.SubjectGroup;
import org.staffroom.subjectgroup.SubjectGroupService;

/** Every corpus string as a new subject group's name, as a rename, and as a search. */
@SpringBootTest
@SignedInAs(TestAccounts.HEAD_EMAIL)
@ExtendWith(OutputCaptureExtension.class)
class SubjectGroupHostileInputTest extends SpringBrowserlessTest implements Locators {

    private static final List<String> CORPUS = HostileInput.corpus();

    @Autowired
    SubjectGroupService service;

    @Test
    void theNewGroupDialogStoresWhatItAcceptsAndRefusesTheRestAtTheField(CapturedOutput output) {
        navigate(SubjectGroupView.class);
        for (String value : CORPUS) {
            findButton().withText("New subject group").click();
            NewSubjectGroupDialog dialog = find(NewSubjectGroupDialog.class).single();
            findTextField().withLabel("Name").inside(dialog).setValue(value);
            findButton().withText("Create").inside(dialog).click();
            if (dialog.isOpened()) {
                HostileInput.assertRefusedAtTheField(findTextField().withLabel("Name").inside(dialog).component(), value);
                dialog.close();
            } else {
                assertThat(storedExactly(AbstractEntity.normalized(value))).as(HostileInput.describe(value)).isTrue();
            }
        }
        assertThat(output.getOut()).doesNotContain("Unexpected error");
    }

    // The tag in front finds the group again in the grid, whatever the rest of the name became.
    @Test
    void renamingInlineStoresWhatItAcceptsAndRefusesTheRestAtTheCell(CapturedOutput output) {
        String tag = "R" + System.nanoTime() % 1_000_000_000;
        SubjectGroup group = service.create(tag);
        for (String value : CORPUS) {
            String name = tag + " " + value;
            SubjectGroupView view = navigate(SubjectGroupView.class);
            findTextField().withAriaLabel("Search subject groups by name").setValue(tag);
            test(view.grid).doubleClickRow(0);
            roundTrip();
            view.nameEditor.setValue(name);
            view.editor.save();
            if (view.grid.getEditor().isOpen()) {
                HostileInput.assertRefusedAtTheField(view.nameEditor, value);
                view.editor.cancel();
            } else {
                assertThat(service.get(group.getId()).getName()).as(HostileInput.describe(value))
                        .isEqualTo(AbstractEntity.normalized(name));
            }
        }
        assertThat(output.getOut()).doesNotContain("Unexpected error");
    }

    @Test
    void searchTakesAnyString(CapturedOutput output) {
        for (String value : CORPUS) {
            SubjectGroupView view = navigate(SubjectGroupView.class);
            findTextField().withAriaLabel("Search subject groups by name").setValue(value);
            assertThat(test(view.grid).size()).as(HostileInput.describe(value)).isGreaterThanOrEqualTo(0);
        }
        assertThat(output.getOut()).doesNotContain("Unexpected error");
    }

    private boolean storedExactly(String name) {
        return service.find(name, PageRequest.of(0, 100)).stream().map(SubjectGroup::getName).anyMatch(name::equals);
    }
}
