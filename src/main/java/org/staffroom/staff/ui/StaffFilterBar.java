package org.staffroom.staff.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.staffroom.security.Role;
import org.staffroom.staff.StaffFilter;
import org.staffroom.staff.StaffStatus;
import org.staffroom.subjectgroup.SubjectGroup;

/** The staff grid's filters: a name or e-mail prefix, a subject group (or none), a role, a status. */
class StaffFilterBar extends HorizontalLayout {

    /** A choice in the subject-group filter: a group, or "no subject group" (no id). */
    record GroupChoice(Long id, String name) {
    }

    /** "No subject group"; its label is translated where it is shown. */
    static final GroupChoice NO_GROUP = new GroupChoice(null, null);

    private final TextField search = new TextField();
    private final ComboBox<GroupChoice> subjectGroup = new ComboBox<>();
    private final Select<Role> role = new Select<>();
    private final Select<StaffStatus> status = new Select<>();
    private SerializableConsumer<StaffFilter> onChange = filter -> { };
    private boolean showing;

    StaffFilterBar(List<SubjectGroup> groups) {
        addClassName("staff-filters");
        search.setPlaceholder(getTranslation("staff.grid.search.placeholder"));
        search.setAriaLabel(getTranslation("staff.grid.search.aria-label"));
        search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);

        List<GroupChoice> choices = new ArrayList<>();
        choices.add(NO_GROUP);
        groups.forEach(group -> choices.add(new GroupChoice(group.getId(), group.getName())));
        subjectGroup.setItems(choices);
        subjectGroup.setItemLabelGenerator(choice -> choice.id() == null
                ? getTranslation("staff.grid.filter.no-subject-group") : choice.name());
        subjectGroup.setPlaceholder(getTranslation("staff.grid.filter.all-subject-groups"));
        subjectGroup.setAriaLabel(getTranslation("staff.grid.filter.subject-group.aria-label"));
        subjectGroup.setClearButtonVisible(true);

        oneOrAll(role, Role.values(), Role::messageKey, "staff.grid.filter.all-roles",
                "staff.grid.filter.role.aria-label");
        oneOrAll(status, StaffStatus.values(), StaffStatus::messageKey, "staff.grid.filter.all-statuses",
                "staff.grid.filter.status.aria-label");

        search.addValueChangeListener(change -> changed());
        subjectGroup.addValueChangeListener(change -> changed());
        role.addValueChangeListener(change -> changed());
        status.addValueChangeListener(change -> changed());
        add(search, subjectGroup, role, status);
        setFlexGrow(1, search);
        setAlignItems(FlexComponent.Alignment.BASELINE);
    }

    /** Called with the new filter whenever the person changes one, not when {@link #show} sets them. */
    void onChange(SerializableConsumer<StaffFilter> listener) {
        onChange = listener;
    }

    StaffFilter value() {
        GroupChoice group = subjectGroup.getValue();
        return new StaffFilter(search.getValue(), group == null ? null : group.id(), group == NO_GROUP,
                role.getValue(), status.getValue());
    }

    /** Sets every filter at once; a group that no longer exists is left unset. */
    void show(StaffFilter filter) {
        showing = true;
        try {
            search.setValue(filter.search());
            subjectGroup.setValue(filter.withoutSubjectGroup() ? NO_GROUP
                    : subjectGroup.getListDataView().getItems()
                            .filter(choice -> choice.id() != null && Objects.equals(choice.id(), filter.subjectGroupId()))
                            .findFirst().orElse(null));
            role.setValue(filter.role());
            status.setValue(filter.status());
        } finally {
            showing = false;
        }
    }

    /** A filter that offers every value of an enum, or none of them ("all"). */
    private <E extends Enum<E>> void oneOrAll(Select<E> select, E[] values, SerializableFunction<E, String> messageKey,
            String allKey, String ariaLabelKey) {
        String all = getTranslation(allKey);
        select.setItems(values);
        select.setItemLabelGenerator(item -> item == null ? all : getTranslation(messageKey.apply(item)));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(all);
        select.setAriaLabel(getTranslation(ariaLabelKey));
    }

    private void changed() {
        if (!showing) {
            onChange.accept(value());
        }
    }
}
