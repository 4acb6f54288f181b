package org.staffroom.staff;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.staffroom.base.domain.AbstractEntity;
import org.staffroom.base.i18n.Translations;
import org.staffroom.base.spreadsheet.SpreadsheetReader.Table;
import org.staffroom.security.Access;
import org.staffroom.security.Role;
import org.staffroom.staff.ImportPreview.Change;
import org.staffroom.staff.ImportPreview.Row;
import org.staffroom.staff.ImportPreview.Status;
import org.staffroom.subjectgroup.SubjectGroup;
import org.staffroom.subjectgroup.SubjectGroupService;

/**
 * The dry run of a staff import: every row checked by the same rules as the forms (the
 * entity's constraints), and by what only a file can get wrong: the same e-mail twice,
 * unknown roles, cells that look like formulas, names that mix look-alike letters from
 * different scripts, and rows that would demote the importing administrator or the last
 * active one. Nothing is saved here; {@link StaffImporter} saves what the admin confirms.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.ADMIN_ONLY)
public class StaffImportService {

    private static final int QUERY_CHUNK = 1_000;

    private final StaffRepository repository;
    private final SubjectGroupService subjectGroups;
    private final Validator validator;
    private final Translations translations;

    StaffImportService(StaffRepository repository, SubjectGroupService subjectGroups, Validator validator,
            Translations translations) {
        this.repository = repository;
        this.subjectGroups = subjectGroups;
        this.validator = validator;
        this.translations = translations;
    }

    /**
     * Classes every row of {@code table}, reading each column from where {@code columns} says
     * it is; messages are in {@code locale}.
     */
    public ImportPreview preview(Table table, Map<ImportColumn, Integer> columns, Locale locale) {
        List<Map<ImportColumn, String>> values = table.rows().stream().map(row -> read(row, columns)).toList();
        Map<String, Staff> existing = existing(values.stream().map(row -> email(row.get(ImportColumn.EMAIL)))
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<String, SubjectGroup> groups = subjectGroups.findAll().stream()
                .collect(Collectors.toMap(group -> key(group.getName()), Function.identity()));
        String signedIn = SecurityContextHolder.getContext().getAuthentication().getName();
        Map<String, Integer> firstLineOfEmail = new HashMap<>();

        List<Row> rows = new ArrayList<>();
        Set<String> unknownGroups = new LinkedHashSet<>();
        List<Integer> demotions = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            int line = table.lines().get(i);
            Map<ImportColumn, String> row = values.get(i);
            Map<ImportColumn, String> errors = new LinkedHashMap<>();
            checkCells(row, errors, locale);
            Staff draft = new Staff(row.get(ImportColumn.EMAIL), row.get(ImportColumn.FIRST_NAME),
                    row.get(ImportColumn.LAST_NAME), Role.STAFF);
            checkConstraints(draft, errors, locale);
            Integer earlier = draft.getEmail() == null ? null : firstLineOfEmail.putIfAbsent(draft.getEmail(), line);
            if (earlier != null) {
                errors.putIfAbsent(ImportColumn.EMAIL, text(locale, "staff.import.error.duplicate", earlier));
            }
            Optional<Role> role = role(row.get(ImportColumn.ROLE), errors, locale);
            Staff person = existing.get(draft.getEmail());
            String groupName = blankToNull(row.get(ImportColumn.SUBJECT_GROUP));
            SubjectGroup group = groupName == null ? null : groups.get(key(groupName));
            if (groupName != null && group == null && errors.isEmpty()) {
                unknownGroups.add(groupName);
            }
            Role newRole = role.orElse(person == null ? Role.STAFF : person.getRole());
            if (person != null && person.getRole() == Role.ADMIN && newRole != Role.ADMIN && person.isEnabled()) {
                if (person.getEmail().equals(signedIn)) {
                    errors.putIfAbsent(ImportColumn.ROLE, text(locale, "staff.error.self.remove-admin-role"));
                } else {
                    demotions.add(rows.size());
                }
            }
            Map<ImportColumn, Change> changes = person == null ? Map.of()
                    : changes(person, draft, columns.containsKey(ImportColumn.SUBJECT_GROUP), groupName, group, newRole);
            Status status = !errors.isEmpty() ? Status.ERROR : person == null ? Status.NEW
                    : changes.isEmpty() ? Status.UNCHANGED : Status.UPDATE;
            rows.add(new Row(line, status, draft.getEmail() == null ? "" : draft.getEmail(), draft.getFirstName(),
                    draft.getLastName(), group == null ? groupName : group.getName(), errors.containsKey(ImportColumn.ROLE)
                            ? null : newRole, Map.copyOf(errors), changes, person == null ? null : person.getId(),
                    person == null ? null : person.getVersion()));
        }
        refuseDemotingTheLastAdministrators(rows, demotions, locale);
        return new ImportPreview(List.copyOf(rows), unknownGroups);
    }

    private void refuseDemotingTheLastAdministrators(List<Row> rows, List<Integer> demotions, Locale locale) {
        Set<Long> staying = new HashSet<>(repository.findActiveAdministratorIds());
        demotions.forEach(index -> staying.remove(rows.get(index).staffId()));
        if (!staying.isEmpty()) {
            return;
        }
        String refusal = text(locale, "staff.error.last-admin.remove-admin-role");
        for (int index : demotions) {
            Row row = rows.get(index);
            Map<ImportColumn, String> errors = new LinkedHashMap<>(row.errors());
            errors.putIfAbsent(ImportColumn.ROLE, refusal);
            rows.set(index, new Row(row.line(), Status.ERROR, row.email(), row.firstName(), row.lastName(),
                    row.subjectGroup(), null, Map.copyOf(errors), row.changes(), row.staffId(), row.version()));
        }
    }

    private static Map<ImportColumn, Change> changes(Staff person, Staff draft, boolean groupColumn, String groupName,
            SubjectGroup group, Role role) {
        Map<ImportColumn, Change> changes = new LinkedHashMap<>();
        if (!Objects.equals(person.getFirstName(), draft.getFirstName())) {
            changes.put(ImportColumn.FIRST_NAME, new Change(person.getFirstName(), draft.getFirstName()));
        }
        if (!Objects.equals(person.getLastName(), draft.getLastName())) {
            changes.put(ImportColumn.LAST_NAME, new Change(person.getLastName(), draft.getLastName()));
        }
        String current = person.getSubjectGroup() == null ? null : person.getSubjectGroup().getName();
        String wanted = group == null ? groupName : group.getName();
        if (groupColumn && !Objects.equals(current, wanted)) {
            changes.put(ImportColumn.SUBJECT_GROUP, new Change(current, wanted));
        }
        if (person.getRole() != role) {
            changes.put(ImportColumn.ROLE, new Change(person.getRole(), role));
        }
        return changes;
    }

    private void checkCells(Map<ImportColumn, String> row, Map<ImportColumn, String> errors, Locale locale) {
        row.forEach((column, value) -> {
            if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
                errors.putIfAbsent(column, text(locale, "staff.import.error.formula"));
            } else if (LookAlikes.mixesScripts(value)) {
                errors.putIfAbsent(column, text(locale, "staff.import.error.look-alike"));
            }
        });
    }

    private void checkConstraints(Staff draft, Map<ImportColumn, String> errors, Locale locale) {
        Locale previous = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(locale);
        try {
            for (ConstraintViolation<Staff> violation : validator.validate(draft)) {
                ImportColumn column = switch (violation.getPropertyPath().toString()) {
                    case "email" -> ImportColumn.EMAIL;
                    case "firstName" -> ImportColumn.FIRST_NAME;
                    case "lastName" -> ImportColumn.LAST_NAME;
                    default -> null;
                };
                if (column != null) {
                    errors.putIfAbsent(column, formWords(violation, locale));
                }
            }
        } finally {
            LocaleContextHolder.setLocale(previous);
        }
    }

    /** The words a form's field uses for the same refusal (see {@code base.ui.FieldMessages}). */
    private String formWords(ConstraintViolation<Staff> violation, Locale locale) {
        var annotation = violation.getConstraintDescriptor().getAnnotation();
        return switch (annotation) {
            case NotBlank required -> text(locale, "base.field.required");
            case Size size -> text(locale, "base.field.too-long", size.max());
            case Email email -> text(locale, "base.field.email");
            default -> violation.getMessage();
        };
    }

    private Optional<Role> role(String value, Map<ImportColumn, String> errors, Locale locale) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        for (Role role : Role.values()) {
            for (Locale language : Translations.LOCALES) {
                if (value.equalsIgnoreCase(role.name())
                        || value.equalsIgnoreCase(translations.getTranslation(role.messageKey(), language))) {
                    return Optional.of(role);
                }
            }
        }
        errors.putIfAbsent(ImportColumn.ROLE, text(locale, "staff.import.error.role",
                translations.getTranslation(Role.STAFF.messageKey(), locale),
                translations.getTranslation(Role.ADMIN.messageKey(), locale)));
        return Optional.empty();
    }

    private Map<String, Staff> existing(Set<String> emails) {
        Map<String, Staff> byEmail = new HashMap<>();
        List<String> all = new ArrayList<>(emails);
        for (int from = 0; from < all.size(); from += QUERY_CHUNK) {
            repository.findWithSubjectGroupByEmailIn(all.subList(from, Math.min(all.size(), from + QUERY_CHUNK)))
                    .forEach(person -> byEmail.put(person.getEmail(), person));
        }
        return byEmail;
    }

    private static Map<ImportColumn, String> read(List<String> row, Map<ImportColumn, Integer> columns) {
        Map<ImportColumn, String> values = new LinkedHashMap<>();
        columns.forEach((column, index) -> values.put(column,
                index < row.size() ? Objects.requireNonNullElse(AbstractEntity.normalized(row.get(index)), "") : ""));
        return values;
    }

    private static String email(String value) {
        return value == null || value.isBlank() ? null : new Staff(value, "x", "x", Role.STAFF).getEmail();
    }

    static String key(String groupName) {
        return AbstractEntity.normalized(groupName).toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private String text(Locale locale, String key, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }
}
