package org.staffroom.staff.ui;

import com.vaadin.flow.component.Component;
import org.staffroom.history.ui.HistoryDialog;
import org.staffroom.staff.StaffHistoryService;

/** Opens the history of one person, current or deleted. */
final class StaffHistory {

    private StaffHistory() {
    }

    static void open(Component owner, StaffHistoryService history, long staffId, String fullName) {
        new HistoryDialog(owner.getTranslation("staff.history.title", fullName),
                (offset, limit) -> history.of(staffId, offset, limit), new StaffHistoryWording(owner, staffId)).open();
    }
}
