package org.staffroom.staff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.staffroom.base.domain.UserFacingException;
import org.staffroom.history.EntityHistory;
import org.staffroom.history.Occasion;
import org.staffroom.security.Access;
import org.staffroom.security.AuditLog;
import org.staffroom.security.RandomPasswords;
import org.staffroom.security.RecentFactor;
import org.staffroom.staff.ImportPreview.Row;
import org.staffroom.staff.ImportPreview.Status;
import org.staffroom.subjectgroup.SubjectGroup;
import org.staffroom.subjectgroup.SubjectGroupService;

/**
 * Saves a confirmed import in one transaction: every accepted row or none. New accounts get
 * generated initial passwords (hashed before the transaction opens, on every core), which
 * must be changed at first sign-in and are handed back once, never stored. A person someone
 * else changed after the preview stops the whole import; nothing is overwritten silently.
 */
@Service
@PreAuthorize(Access.ADMIN_ONLY)
public class StaffImporter {

    /** What to do with subject groups the file names that do not exist. */
    public enum UnknownGroups { CREATE, LEAVE_OUT }

    /** A new account and its initial password, to hand out once. */
    public record InitialPassword(String email, String fullName, String password) {
    }

    public record Result(int created, int updated, List<InitialPassword> initialPasswords) {
    }

    /** The import was refused as a whole; the key says why, the arguments which lines. */
    public static class RefusedException extends UserFacingException {
        RefusedException(String messageKey, Object... arguments) {
            super(messageKey, null, arguments);
        }
    }

    private final StaffRepository repository;
    private final SubjectGroupService subjectGroups;
    private final PasswordEncoder passwordEncoder;
    private final EntityHistory history;
    private final TransactionTemplate transaction;
    private final RecentFactor recentFactor;

    StaffImporter(StaffRepository repository, SubjectGroupService subjectGroups, PasswordEncoder passwordEncoder,
            EntityHistory history, TransactionTemplate transaction, RecentFactor recentFactor) {
        this.repository = repository;
        this.subjectGroups = subjectGroups;
        this.passwordEncoder = passwordEncoder;
        this.history = history;
        this.transaction = transaction;
        this.recentFactor = recentFactor;
    }

    /**
     * @param skipErrors import the valid rows of a preview that has errors; without it such a preview is refused
     * @throws RefusedException when the preview has errors and they are not skipped, or when someone changed
     *     or added one of these people after the preview
     */
    public Result confirm(ImportPreview preview, UnknownGroups unknownGroups, boolean skipErrors) {
        if (preview.hasErrors() && !skipErrors) {
            throw new RefusedException("staff.import.error.fix-first");
        }
        if (preview.rows().stream().anyMatch(row -> row.status() == Status.UPDATE
                && row.changes().containsKey(ImportColumn.ROLE))) {
            recentFactor.requireForSensitiveAction();
        }
        List<Row> newPeople = preview.rows().stream().filter(row -> row.status() == Status.NEW).toList();
        Map<Row, String> passwords = new HashMap<>();
        newPeople.forEach(row -> passwords.put(row, RandomPasswords.generate()));
        // Hashing is most of the work of a large import; it needs no transaction.
        Map<Row, String> hashes = newPeople.parallelStream()
                .collect(Collectors.toMap(row -> row, row -> passwordEncoder.encode(passwords.get(row))));
        Result result = transaction.execute(status -> save(preview, unknownGroups, hashes, passwords));
        AuditLog.LOG.info("event=staff-import outcome=success created={} updated={} by={}", result.created(),
                result.updated(), AuditLog.actor());
        return result;
    }

    private Result save(ImportPreview preview, UnknownGroups unknownGroups, Map<Row, String> hashes,
            Map<Row, String> passwords) {
        history.revisionOfThisTransaction(Occasion.IMPORT);
        Map<String, SubjectGroup> groups = new HashMap<>();
        subjectGroups.findAll().forEach(group -> groups.put(StaffImportService.key(group.getName()), group));
        if (unknownGroups == UnknownGroups.CREATE) {
            preview.unknownGroups().forEach(name -> groups.put(StaffImportService.key(name), subjectGroups.create(name)));
        }
        List<Row> updates = preview.rows().stream().filter(row -> row.status() == Status.UPDATE).toList();
        Map<Long, Staff> current = new HashMap<>();
        repository.findAllById(updates.stream().map(Row::staffId).toList())
                .forEach(person -> current.put(person.getId(), person));
        List<Integer> changedMeanwhile = new ArrayList<>();
        List<Staff> changed = new ArrayList<>();
        for (Row row : updates) {
            Staff person = current.get(row.staffId());
            if (person == null || person.getVersion() != row.version()) {
                changedMeanwhile.add(row.line());
                continue;
            }
            apply(row, person, groups);
            changed.add(person);
        }
        if (!changedMeanwhile.isEmpty()) {
            throw new RefusedException("staff.import.error.changed-meanwhile", lines(changedMeanwhile));
        }
        List<InitialPassword> initialPasswords = new ArrayList<>();
        for (Map.Entry<Row, String> hash : hashes.entrySet()) {
            Row row = hash.getKey();
            Staff person = new Staff(row.email(), row.firstName(), row.lastName(), Objects.requireNonNull(row.role()));
            apply(row, person, groups);
            person.setPasswordHash(hash.getValue());
            person.setMustChangePassword(true);
            changed.add(person);
            initialPasswords.add(new InitialPassword(person.getEmail(), person.getFullName(), passwords.get(row)));
        }
        try {
            repository.saveAll(changed);
            repository.flush();
        } catch (DataIntegrityViolationException addedMeanwhile) {
            throw new RefusedException("staff.import.error.added-meanwhile");
        }
        initialPasswords.sort(Comparator.comparing(InitialPassword::email));
        return new Result(hashes.size(), updates.size(), List.copyOf(initialPasswords));
    }

    private static void apply(Row row, Staff person, Map<String, SubjectGroup> groups) {
        person.setFirstName(row.firstName());
        person.setLastName(row.lastName());
        if (row.role() != null) {
            person.setRole(row.role());
        }
        if (row.status() == Status.NEW || row.changes().containsKey(ImportColumn.SUBJECT_GROUP)) {
            person.setSubjectGroup(row.subjectGroup() == null ? null
                    : groups.get(StaffImportService.key(row.subjectGroup())));
        }
    }

    private static String lines(List<Integer> lines) {
        return lines.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
