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
import org.staffroom.security.Role;
import org.staffroom.security.SystemAccount;

/**
 * Not a test: how long a staff import and a bulk action take. Reads and previews a 10,000-row
 * file, imports it as updates of 10,000 people, imports 300 new people (a school's intake,
 * where hashing their initial passwords is most of the work), and changes the role of 100,000
 * people matching a filter. Run it with
 * {@code ./mvnw test -Dtest=ImportBenchmark -Dsurefire.excludedGroups=none}.
 */
@Tag("benchmark")
@SpringBootTest(properties = "staffroom.embedded-db.data-dir=target/benchmark-mariadb/${random.uuid}")
class ImportBenchmark {

    private static final int ROWS = 10_000;
    private static final int INTAKE = 300;
    private static final int BULK = 100_000;
    private static final SpreadsheetReader.Limits LIMITS = new SpreadsheetReader.Limits(5 * 1024 * 1024, ROWS);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StaffImportService imports;

    @Autowired
    StaffImporter importer;

    @Autowired
    StaffBulkService bulk;

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

        jdbc.update("INSERT INTO staff (email, first_name, last_name, password_hash, role, enabled, must_change_password) "
                + "SELECT CONCAT('bulk', seq, '@bench.example'), 'Bench', CONCAT('Bulk ', seq), '{noop}x', 'STAFF', "
                + "TRUE, FALSE FROM seq_1_to_" + BULK);
        var filtered = StaffBulkService.Selection.allMatching(new StaffFilter("Bulk", null, false, Role.STAFF, null));
        double[] promote = new double[1];
        SystemAccount.runAsAdministrator(() -> promote[0] = Benchmarks.millis(() -> {
            if (bulk.changeRole(filtered, Role.ADMIN).changed() != BULK) {
                throw new IllegalStateException("expected " + BULK + " changed");
            }
        }));

        System.out.printf("%nImport benchmark (ms)%n");
        System.out.printf("%-52s %10.0f%n", "read and preview 10,000 rows (median of 5)", preview[0]);
        System.out.printf("%-52s %10.0f%n", "import 10,000 rows, all updates", update[0]);
        System.out.printf("%-52s %10.0f%n", "import 300 new people (initial passwords hashed)", intake[0]);
        System.out.printf("%-52s %10.0f%n", "bulk role change of 100,000 filtered people", promote[0]);
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
