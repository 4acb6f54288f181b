package org.staffroom.subjectgroup.ui;

import com.vaadin.flow.component.Component;
import org.staffroom.history.ui.HistoryWording;

/** A subject group's history has one field, its name. */
class GroupHistoryWording implements HistoryWording {

    private final Component owner;

    GroupHistoryWording(Component owner) {
        this.owner = owner;
    }

    @Override
    public String label(String field) {
        return owner.getTranslation("subjectgroup.grid.column.name");
    }

    @Override
    public String value(String field, Object value) {
        return value.toString();
    }
}
