package org.staffroom.staff;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.staffroom.Benchmarks;
import org.staffroom.base.spreadsheet.SpreadsheetReader;
import org.staffroom.security.SystemAccount;

/**
 * Not a test: how long a staff import takes. Reads and previews a 10,000-row file, imports it
 * as updates of 10,000 people, and imports 300 new people (a school's intake, where hashing
 * their initial passwords is most of the work). Run it with
 * {@code ./mvnw test -Dtest=ImportBenchmark -Dsurefire.excludedGroups=none}.
 */
@Tag("benchmark")
@SpringBootTest(properties = "staffroom.embedded-db.data-dir=target/benchmark-mariadb/${random.uuid}")
class ImportBenchmark {

    private static final int ROWS = 10_000;
    private static final int INTAKE = 300;
    private static final SpreadsheetReader.Limits LIMITS = new SpreadsheetReader.Limits(5 * 1024 * 1024, ROWS);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StaffImportService imports;

    @Autowired
    StaffImporter importer;

    @Test
    void importTimes() {
        jdbc.update("INSERT INTO staff (email, first_name, last_name, password_hash, role, enabled, must_change_password) "
                + "SELECT CONCAT('person', seq, '@bench.example'), 'Bench', CONCAT('Person ', seq), '{noop}x', 'STAFF', "
                + "TRUE, FALSE FROM seq_1_to_" + ROWS);
        byte[] updates = file(ROWS, "Renamed", "person");
        double[] preview = new double[1];
        ImportPreview[] previewed = new ImportPreview[1];
        SystemAccount.runAsAdministrator(() -> {
            preview[0] = Benchmarks.medianMillis(() -> previewed[0] = preview(updates), 1, 5);
            if (previewed[0].count(ImportPreview.Status.UPDATE) != ROWS) {
                throw new IllegalStateException("expected " + ROWS + " updates");
            }
        });
        double[] update = new double[1];
        SystemAccount.runAsAdministrator(() -> update[0] = Benchmarks.millis(
                () -> importer.confirm(previewed[0], StaffImporter.UnknownGroups.LEAVE_OUT, false)));
        double[] intake = new double[1];
        SystemAccount.runAsAdministrator(() -> {
            ImportPreview newPeople = preview(file(INTAKE, "New", "newcomer"));
            intake[0] = Benchmarks.millis(() -> importer.confirm(newPeople, StaffImporter.UnknownGroups.LEAVE_OUT, false));
        });

        System.out.printf("%nImport benchmark (ms)%n");
        System.out.printf("%-52s %10.0f%n", "read and preview 10,000 rows (median of 5)", preview[0]);
        System.out.printf("%-52s %10.0f%n", "import 10,000 rows, all updates", update[0]);
        System.out.printf("%-52s %10.0f%n", "import 300 new people (initial passwords hashed)", intake[0]);
    }

    private ImportPreview preview(byte[] file) {
        var table = SpreadsheetReader.read("staff.csv", file, null, LIMITS);
        return imports.preview(table, ImportColumn.match(table.header()), Locale.ENGLISH);
    }

    private static byte[] file(int rows, String lastName, String emailPrefix) {
        StringBuilder csv = new StringBuilder("E-mail,First name,Last name,Subject group,Role\n");
        for (int i = 1; i <= rows; i++) {
            csv.append(emailPrefix).append(i).append("@bench.example,Bench,").append(lastName).append(' ').append(i)
                    .append(",,Staff member\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
