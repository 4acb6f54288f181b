package org.staffroom.staff;

import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.staffroom.history.Occasion;
import org.staffroom.security.Access;
import org.staffroom.security.AuditLog;
import org.staffroom.security.RandomPasswords;
import org.staffroom.security.RecentFactor;
import org.staffroom.security.Role;

/**
 * Actions on many people at once: the ticked ones, or everyone matching the grid's filters,
 * which works on the server by the filter and never loads the people. Each action is one
 * transaction of set-based statements, recorded in every person's history. The single-row
 * guard rails hold: the acting administrator is left out of anything that would lock them
 * out, and nothing may leave the school without an active administrator.
 */
@Service
@Transactional
@PreAuthorize(Access.ADMIN_ONLY)
public class StaffBulkService {

    /** At about 56 ms a hash on two cores, 500 new passwords take some 15 s. */
    public static final int MAX_PASSWORD_RESETS = 500;

    /** Whom an action is for: the ticked people, or everyone matching a filter. */
    public record Selection(Set<Long> ids, StaffFilter allMatching) {

        public static Selection of(Set<Long> ids) {
            return new Selection(Set.copyOf(ids), null);
        }

        public static Selection allMatching(StaffFilter filter) {
            return new Selection(Set.of(), filter);
        }
    }

    /**
     * @param changed how many people it changed
     * @param leftYouOut whether the acting administrator was among them and left out
     */
    public record Outcome(int changed, boolean leftYouOut) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final StaffRepository repository;
    private final SetBasedHistory history;
    private final RecentFactor recentFactor;
    private final PasswordEncoder passwordEncoder;

    StaffBulkService(NamedParameterJdbcTemplate jdbc, StaffRepository repository, SetBasedHistory history,
            RecentFactor recentFactor, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.history = history;
        this.recentFactor = recentFactor;
        this.passwordEncoder = passwordEncoder;
    }

    /** Moves them to {@code groupId}, or leaves them without a group when it is null. */
    public Outcome assignSubjectGroup(Selection selection, Long groupId) {
        var params = new MapSqlParameterSource("bulkGroup", groupId);
        String condition = condition(selection, params) + " AND NOT (s.subject_group_id <=> :bulkGroup)";
        return change("subject_group_id", ":bulkGroup", condition, params, "subject-group=" + groupId, false);
    }

    /** Gives them {@code role}; taking the administrator role away leaves oneself out and keeps one admin. */
    public Outcome changeRole(Selection selection, Role role) {
        recentFactor.requireForSensitiveAction();
        var params = new MapSqlParameterSource("bulkRole", role.name());
        String condition = condition(selection, params) + " AND s.role <> :bulkRole";
        boolean demotion = role != Role.ADMIN;
        return change("role", ":bulkRole", condition, params, "role=" + role, demotion);
    }

    /** Enables or disables them; disabling signs them out, leaves oneself out and keeps one admin. */
    public Outcome setEnabled(Selection selection, boolean enabled) {
        if (!enabled) {
            recentFactor.requireForSensitiveAction();
        }
        var params = new MapSqlParameterSource("bulkEnabled", enabled);
        String condition = condition(selection, params) + " AND s.enabled <> :bulkEnabled";
        return change("enabled", ":bulkEnabled", condition, params, "enabled=" + enabled, !enabled);
    }

    /**
     * Gives them new generated passwords, which they must change at their next sign-in, and
     * signs them out; oneself is left out. Each password is hashed, so there is a limit.
     *
     * @return the new passwords, to hand out once; they are stored only as hashes
     */
    public PasswordResets resetPasswords(Selection selection) {
        recentFactor.requireForSensitiveAction();
        var params = new MapSqlParameterSource();
        Scope scope = withoutSelf(condition(selection, params), params);
        List<Person> people = jdbc.query("SELECT s.id, s.email, s.first_name, s.last_name FROM staff s WHERE "
                + scope.condition()
                + " ORDER BY s.email LIMIT " + (MAX_PASSWORD_RESETS + 1), params, (row, i) -> new Person(
                row.getLong("id"), row.getString("email"), row.getString("first_name") + " " + row.getString("last_name")));
        if (people.size() > MAX_PASSWORD_RESETS) {
            throw new StaffService.RefusedException("staff.bulk.error.too-many-resets", MAX_PASSWORD_RESETS);
        }
        List<StaffImporter.InitialPassword> passwords = people.stream()
                .map(person -> new StaffImporter.InitialPassword(person.email(), person.fullName(),
                        RandomPasswords.generate())).toList();
        // Hashing is the work here: on every core, before anything is written.
        List<String> hashes = passwords.parallelStream().map(password -> passwordEncoder.encode(password.password()))
                .toList();
        if (!people.isEmpty()) {
            params.addValue("bulkIds", people.stream().map(Person::id).toList());
            history.changed(Occasion.BULK, "password_changed_at", "NOW(6)", "s.id IN (:bulkIds)", params);
        }
        MapSqlParameterSource[] rows = new MapSqlParameterSource[people.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new MapSqlParameterSource("id", people.get(i).id()).addValue("hash", hashes.get(i));
        }
        jdbc.batchUpdate("UPDATE staff SET password_hash = :hash, password_changed_at = NOW(6), "
                + "must_change_password = TRUE, session_generation = session_generation + 1, version = version + 1, "
                + "updated_at = NOW(6) WHERE id = :id", rows);
        AuditLog.LOG.info("event=bulk-password-reset outcome=success count={} by={}", rows.length, AuditLog.actor());
        return new PasswordResets(passwords, scope.leftYouOut());
    }

    /** The new passwords of a bulk reset; whether the acting administrator was left out. */
    public record PasswordResets(List<StaffImporter.InitialPassword> passwords, boolean leftYouOut) {
    }

    private record Person(long id, String email, String fullName) {
    }

    /** Deletes them, except oneself; their history stays, with their last values. */
    public Outcome delete(Selection selection) {
        recentFactor.requireForSensitiveAction();
        var params = new MapSqlParameterSource();
        Scope scope = withoutSelf(condition(selection, params), params);
        keepAnAdministrator(scope.condition(), params);
        history.deleted(Occasion.BULK, scope.condition(), params);
        int deleted = jdbc.update("DELETE s FROM staff s WHERE " + scope.condition(), params);
        AuditLog.LOG.info("event=bulk-delete outcome=success count={} by={}", deleted, AuditLog.actor());
        return new Outcome(deleted, scope.leftYouOut());
    }

    private Outcome change(String column, String newValue, String condition, MapSqlParameterSource params,
            String what, boolean locksOut) {
        Scope scope = locksOut ? withoutSelf(condition, params) : new Scope(condition, false);
        String safe = scope.condition();
        if (locksOut) {
            keepAnAdministrator(safe, params);
        }
        history.changed(Occasion.BULK, column, newValue, safe, params);
        // The version moves on, so an admin editing one of them meanwhile gets a stale-edit message;
        // disabling also ends their sessions at their next request.
        int changed = jdbc.update("UPDATE staff s SET s." + column + " = " + newValue
                + ", s.version = s.version + 1, s.updated_at = NOW(6)"
                + (column.equals("enabled") ? ", s.session_generation = s.session_generation + 1" : "")
                + " WHERE " + safe, params);
        AuditLog.LOG.info("event=bulk-change outcome=success {} count={} by={}", what, changed, AuditLog.actor());
        return new Outcome(changed, scope.leftYouOut());
    }

    private static String condition(Selection selection, MapSqlParameterSource params) {
        if (selection.allMatching() != null) {
            return "(" + StaffQueries.matching(selection.allMatching(), params) + ")";
        }
        if (selection.ids().isEmpty()) {
            return "FALSE";
        }
        params.addValue("bulkIds", List.copyOf(selection.ids()));
        return "s.id IN (:bulkIds)";
    }

    /** The people of {@code condition} but oneself, and whether oneself was among them. */
    private record Scope(String condition, boolean leftYouOut) {
    }

    private Scope withoutSelf(String condition, MapSqlParameterSource params) {
        params.addValue("bulkMe", SecurityContextHolder.getContext().getAuthentication().getName());
        Long self = jdbc.queryForObject("SELECT COUNT(*) FROM staff s WHERE " + condition + " AND s.email = :bulkMe",
                params, Long.class);
        return new Scope(condition + " AND s.email <> :bulkMe", self != null && self > 0);
    }

    /** Locks the active administrators' rows first, so two admins cannot demote each other at once. */
    private void keepAnAdministrator(String condition, MapSqlParameterSource params) {
        repository.lockActiveAdministrators();
        Long remaining = jdbc.queryForObject("SELECT COUNT(*) FROM staff s WHERE s.role = 'ADMIN' AND s.enabled = TRUE"
                + " AND NOT (" + condition + ")", params, Long.class);
        if (remaining == null || remaining == 0) {
            throw new StaffService.RefusedException("staff.bulk.error.last-admin");
        }
    }
}
