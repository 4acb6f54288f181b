package org.staffroom.staff.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.staffroom.staff.ImportColumn;

/**
 * Which column of the file holds what: matched by header (English or German) and
 * correctable by the admin, one choice per column; a required one left unset is marked.
 */
class ImportColumnMapping extends FormLayout {

    private final Map<ImportColumn, Select<Integer>> choices = new EnumMap<>(ImportColumn.class);

    ImportColumnMapping(SerializableRunnable changed) {
        addClassName("import-mapping");
        for (ImportColumn column : ImportColumn.values()) {
            Select<Integer> choice = new Select<>();
            // Said in the label: Select's own required mark sets an ARIA attribute its button may not have.
            choice.setLabel(column.isRequired() ? getTranslation("staff.import.mapping.required-label",
                    getTranslation(column.messageKey())) : getTranslation(column.messageKey()));
            choice.setEmptySelectionAllowed(true);
            choice.setEmptySelectionCaption(getTranslation("staff.import.mapping.not-in-file"));
            choice.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    changed.run();
                }
            });
            choices.put(column, choice);
            add(choice);
        }
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32rem", 3), new ResponsiveStep("56rem", 5));
    }

    /** Offers the file's headers and picks those that name a column. */
    void show(List<String> header) {
        Map<ImportColumn, Integer> matched = ImportColumn.match(header);
        choices.forEach((column, choice) -> {
            choice.setItems(IntStream.range(0, header.size()).boxed().toList());
            choice.setItemLabelGenerator(index -> index == null ? getTranslation("staff.import.mapping.not-in-file")
                    : header.get(index).isBlank() ? getTranslation("staff.import.mapping.column", index + 1)
                    : header.get(index));
            choice.setValue(matched.get(column));
        });
        validate();
    }

    /** The chosen columns; empty when a required one is not chosen. */
    Map<ImportColumn, Integer> value() {
        Map<ImportColumn, Integer> mapping = new EnumMap<>(ImportColumn.class);
        choices.forEach((column, choice) -> {
            if (choice.getValue() != null) {
                mapping.put(column, choice.getValue());
            }
        });
        return validate() ? mapping : Map.of();
    }

    private boolean validate() {
        boolean complete = true;
        for (var entry : choices.entrySet()) {
            boolean missing = entry.getKey().isRequired() && entry.getValue().getValue() == null;
            entry.getValue().setInvalid(missing);
            entry.getValue().setErrorMessage(missing ? getTranslation("staff.import.mapping.required") : null);
            complete &= !missing;
        }
        return complete;
    }
}
