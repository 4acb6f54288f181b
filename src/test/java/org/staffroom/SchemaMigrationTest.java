package org.staffroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    private void insertStaff(String email) {
        jdbc.update("INSERT INTO staff (email, first_name, last_name, password_hash, role) "
                + "VALUES (?, 'Ada', 'Lovelace', 'x', 'STAFF')", email);
    }
}
