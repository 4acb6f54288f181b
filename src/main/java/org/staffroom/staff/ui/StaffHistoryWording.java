package org.staffroom.staff.ui;

import com.vaadin.flow.component.Component;
import java.util.Objects;
import java.util.Optional;
import org.staffroom.history.HistoryEntry;
import org.staffroom.history.HistoryEntry.FieldChange;
import org.staffroom.history.ui.HistoryWording;
import org.staffroom.security.Role;
import org.staffroom.staff.StaffHistoryService;

/** A person's history in the reader's words: the grid's labels, role names, "enabled", "password reset". */
class StaffHistoryWording implements HistoryWording {

    private final Component owner;
    private final long staffId;

    StaffHistoryWording(Component owner, long staffId) {
        this.owner = owner;
        this.staffId = staffId;
    }

    @Override
    public String label(String field) {
        return owner.getTranslation(switch (field) {
            case StaffHistoryService.EMAIL -> "staff.grid.column.email";
            case StaffHistoryService.FIRST_NAME -> "staff.grid.column.first-name";
            case StaffHistoryService.LAST_NAME -> "staff.grid.column.last-name";
            case StaffHistoryService.ROLE -> "staff.grid.column.role";
            case StaffHistoryService.SUBJECT_GROUP -> "staff.grid.column.subject-group";
            case StaffHistoryService.ENABLED -> "staff.history.account";
            default -> throw new IllegalArgumentException("No label for " + field);
        });
    }

    @Override
    public String value(String field, Object value) {
        return switch (value) {
            case Role role -> owner.getTranslation(role.messageKey());
            case Boolean enabled -> owner.getTranslation(enabled ? "staff.history.enabled" : "staff.history.disabled");
            default -> value.toString();
        };
    }

    @Override
    public Optional<String> line(HistoryEntry entry, FieldChange change) {
        if (!change.field().equals(StaffHistoryService.PASSWORD)) {
            return Optional.empty();
        }
        return Optional.of(owner.getTranslation(Objects.equals(entry.stamp().actorId(), staffId)
                ? "staff.history.password-changed" : "staff.history.password-reset"));
    }
}
