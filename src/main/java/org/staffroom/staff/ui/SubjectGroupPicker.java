package org.staffroom.staff.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.provider.Query;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.staffroom.subjectgroup.SubjectGroup;
import org.staffroom.subjectgroup.SubjectGroupService;

/** A subject group chooser that loads groups page by page as the person types. */
class SubjectGroupPicker extends ComboBox<SubjectGroup> {

    SubjectGroupPicker(String label, SubjectGroupService subjectGroupService) {
        super(label);
        setItemLabelGenerator(SubjectGroup::getName);
        setClearButtonVisible(true);
        setItems(query -> subjectGroupService.find(query.getFilter().orElse(""), page(query)).stream());
    }

    private static PageRequest page(Query<SubjectGroup, String> query) {
        return PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("name", "id"));
    }
}
