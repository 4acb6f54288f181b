package org.staffroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The schema Flyway creates on real MariaDB backs the rules the UI checks. */
@SpringBootTest
@Tag("persistence")
class SchemaMigrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void flywayAppliedTheMigrationsOnMariaDb() {
        assertThat(jdbc.queryForObject("SELECT VERSION()", String.class)).containsIgnoringCase("mariadb");
        assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM flyway_schema_history WHERE version = '1' AND success = 1", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void subjectGroupNamesAreUniqueRegardlessOfCase() {
        String name = "Physics " + System.nanoTime();
        jdbc.update("INSERT INTO subject_group (name) VALUES (?)", name);
        assertThatThrownBy(() -> jdbc.update("INSERT INTO subject_group (name) VALUES (?)", name.toUpperCase()))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("uk_subject_group_name");
    }

    @Test
    void untrimmedOrOverlongNamesAreRefusedByTheDatabase() {
        assertThatThrownBy(() -> jdbc.update("INSERT INTO subject_group (name) VALUES (' Maths')"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("INSERT INTO subject_group (name) VALUES ('Maths ')"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("INSERT INTO subject_group (name) VALUES (?)", "x".repeat(61)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void staffEmailsAreStoredLowerCaseAndUnique() {
        String email = "unique" + System.nanoTime() + "@school.example";
        insertStaff(email);
        assertThatThrownBy(() -> insertStaff(email.toUpperCase()))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertStaff("Mixed" + System.nanoTime() + "@school.example"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("ck_staff_email");
    }

    @Test
    void tablesUseUtf8mb4AndStoreAnyScript() {
        String email = "script" + System.nanoTime() + "@school.example";
        jdbc.update("INSERT INTO staff (email, first_name, last_name, password_hash, role) VALUES (?, ?, ?, 'x', 'STAFF')",
                email, "王小明", "Nguyễn 🙂");
        assertThat(jdbc.queryForObject("SELECT CONCAT(first_name, ' ', last_name) FROM staff WHERE email = ?",
                String.class, email)).isEqualTo("王小明 Nguyễn 🙂");
        assertThat(jdbc.queryForList(
                "SELECT table_collation FROM information_schema.tables WHERE table_schema = DATABASE() "
                        + "AND table_name IN ('staff', 'subject_group')", String.class))
                .containsOnly("utf8mb4_unicode_ci");
    }

    @Test
    void eachGroupKeepsItsMemberCountThroughJoiningMovingAndLeaving() {
        long maths = group("Maths " + System.nanoTime());
        long art = group("Art " + System.nanoTime());
        String ada = "ada" + System.nanoTime() + "@school.example";
        String alan = "alan" + System.nanoTime() + "@school.example";
        insertStaff(ada, maths);
        insertStaff(alan, maths);
        assertThat(memberCounts(maths, art)).containsExactly(2, 0);

        jdbc.update("UPDATE staff SET subject_group_id = ? WHERE email = ?", art, ada);
        assertThat(memberCounts(maths, art)).containsExactly(1, 1);
        jdbc.update("UPDATE staff SET subject_group_id = NULL, first_name = 'Augusta' WHERE email = ?", ada);
        jdbc.update("UPDATE staff SET first_name = 'Alan M.' WHERE email = ?", alan);
        assertThat(memberCounts(maths, art)).containsExactly(1, 0);
        jdbc.update("UPDATE staff SET subject_group_id = ? WHERE email = ?", art, ada);
        jdbc.update("DELETE FROM staff WHERE email = ?", alan);
        assertThat(memberCounts(maths, art)).containsExactly(0, 1);

        // Many at once, as a seed or restore script adds them.
        jdbc.update("INSERT INTO staff (email, first_name, last_name, password_hash, role, subject_group_id) "
                + "SELECT CONCAT('many', seq, '-', ?, '@school.example'), 'Many', CONCAT('Person ', seq), 'x', 'STAFF', "
                + "IF(seq % 2 = 0, ?, NULL) FROM seq_1_to_10", System.nanoTime(), maths);
        assertThat(memberCounts(maths, art)).containsExactly(5, 1);
        jdbc.update("DELETE FROM staff WHERE first_name = 'Many' AND subject_group_id = ?", maths);
        assertThat(memberCounts(maths, art)).containsExactly(0, 1);

        // A refused row takes its count back with it.
        assertThatThrownBy(() -> insertStaff(ada, maths)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("UPDATE staff SET subject_group_id = ? WHERE email = ?", -1L, ada))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(memberCounts(maths, art)).containsExactly(0, 1);
        assertThatThrownBy(() -> jdbc.update("UPDATE subject_group SET member_count = -1 WHERE id = ?", maths))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private long group(String name) {
        jdbc.update("INSERT INTO subject_group (name) VALUES (?)", name);
        return jdbc.queryForObject("SELECT id FROM subject_group WHERE name = ?", Long.class, name);
    }

    private List<Integer> memberCounts(long... groupIds) {
        return Arrays.stream(groupIds).mapToObj(id -> jdbc.queryForObject(
                "SELECT member_count FROM subject_group WHERE id = ?", Integer.class, id)).toList();
    }

    private void insertStaff(String email, long groupId) {
        jdbc.update("INSERT INTO staff (email, first_name, last_name, password_hash, role, subject_group_id) "
                + "VALUES (?, 'Ada', 'Lovelace', 'x', 'STAFF', ?)", email, groupId);
    }

    private void insertStaff(String email) {
        jdbc.update("INSERT INTO staff (email, first_name, last_name, password_hash, role) "
                + "VALUES (?, 'Ada', 'Lovelace', 'x', 'STAFF')", email);
    }
}
