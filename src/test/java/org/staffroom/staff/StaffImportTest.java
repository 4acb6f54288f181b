package org.staffroom.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.staffroom.SignedInAs;
import org.staffroom.HostileInput;
import org.staffroom.TestAccounts;
import org.staffroom.base.domain.AbstractEntity;
import org.staffroom.base.spreadsheet.SpreadsheetReader;
import org.staffroom.history.HistoryEntry;
import org.staffroom.history.Occasion;
import org.staffroom.security.Role;
import org.staffroom.staff.ImportPreview.Change;
import org.staffroom.staff.ImportPreview.Row;
import org.staffroom.staff.ImportPreview.Status;
import org.staffroom.subjectgroup.SubjectGroupService;

/** The preview shows exactly what an import would change; the confirm saves all of it or nothing. */
@SpringBootTest
@Tag("persistence")
@SignedInAs(TestAccounts.HEAD_EMAIL)
class StaffImportTest {

    private static final SpreadsheetReader.Limits LIMITS = new SpreadsheetReader.Limits(5 * 1024 * 1024, 10_000);

    @Autowired
    StaffImportService imports;

    @Autowired
    StaffImporter importer;

    @Autowired
    StaffService staffService;

    @Autowired
    StaffHistoryService history;

    @Autowired
    SubjectGroupService subjectGroups;

    @Autowired
    TestStaffAccounts accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    private final String tag = "i" + System.nanoTime() % 1_000_000_000;

    @Test
    void everyRowIsClassedNewUpdateUnchangedOrErrorWithTheFormsWordsPerField() {
        String maths = subjectGroups.create("Maths " + tag).getName();
        Staff known = accounts.create("known" + tag, Role.STAFF);
        Staff same = accounts.create("same" + tag, Role.STAFF);
        ImportPreview preview = preview("""
                E-mail,First name,Last name,Subject group,Role
                new.%1$s@school.example,Nia,New,%2$s,Staff member
                %3$s,Test,Person-Updated,%2$s,Administrator
                %4$s,Test,Person,,
                dup.%1$s@school.example,Dee,One,,
                DUP.%1$s@School.example,Dee,Two,,
                bad.%1$s@school.example,Bad,Role,,Headmaster
                blank.%1$s@school.example,,Blank,,
                long.%1$s@school.example,%5$s,Long,,
                fake.%1$s@school.example,Priya,Pаtel,,
                formula.%1$s@school.example,=HYPERLINK("http://evil"),Formula,,
                not-an-email,Not,Email,,
                """.formatted(tag, maths, known.getEmail().toUpperCase(Locale.ROOT), same.getEmail(), "x".repeat(61)));

        assertThat(preview.rows()).extracting(Row::status).containsExactly(Status.NEW, Status.UPDATE, Status.UNCHANGED,
                Status.NEW, Status.ERROR, Status.ERROR, Status.ERROR, Status.ERROR, Status.ERROR, Status.ERROR,
                Status.ERROR);
        Row update = preview.rows().get(1);
        assertThat(update.staffId()).isEqualTo(known.getId());
        assertThat(update.changes()).containsEntry(ImportColumn.LAST_NAME, new Change("Person", "Person-Updated"))
                .containsEntry(ImportColumn.SUBJECT_GROUP, new Change(null, maths))
                .containsEntry(ImportColumn.ROLE, new Change(Role.STAFF, Role.ADMIN));
        assertThat(errors(preview, 4)).containsEntry(ImportColumn.EMAIL, "This e-mail is also in line 5.");
        assertThat(errors(preview, 5)).containsEntry(ImportColumn.ROLE, "Unknown role. Use \"Staff member\" or \"Administrator\".");
        assertThat(errors(preview, 6)).containsEntry(ImportColumn.FIRST_NAME, "Enter a value.");
        assertThat(errors(preview, 7)).containsEntry(ImportColumn.FIRST_NAME, "Use at most 60 characters.");
        assertThat(errors(preview, 8)).containsKey(ImportColumn.LAST_NAME);
        assertThat(errors(preview, 9)).containsEntry(ImportColumn.FIRST_NAME,
                "Starts like a spreadsheet formula (=, +, - or @). Remove that character.");
        assertThat(errors(preview, 10)).containsEntry(ImportColumn.EMAIL,
                "Enter an e-mail address such as name@school.example.");
        assertThat(preview.count(Status.ERROR)).isEqualTo(7);
    }

    @Test
    void germanHeadersRolesAndMessagesAreUnderstoodAndUnknownGroupsListed() throws Exception {
        byte[] file = StaffImportTest.class.getResourceAsStream("/import/staff-semicolon-bom.csv").readAllBytes();
        var table = SpreadsheetReader.read("Personal.csv", file, null, LIMITS);
        ImportPreview preview = imports.preview(table, ImportColumn.match(table.header()), Locale.GERMAN);

        assertThat(preview.rows()).extracting(Row::role).containsExactly(Role.STAFF, Role.ADMIN, Role.STAFF);
        assertThat(preview.rows()).extracting(Row::lastName).containsExactly("Becker", "Müller; Jr.", "王");
        assertThat(preview.unknownGroups()).contains("Mathematik", "Physik");
    }

    @Test
    void anAdministratorCannotDemoteThemselvesByImport() {
        ImportPreview preview = preview("E-mail,First name,Last name,Role\n" + TestAccounts.HEAD_EMAIL
                + ",Hana,Head,Staff member\n");
        assertThat(errors(preview, 0)).containsEntry(ImportColumn.ROLE,
                "You cannot remove your own administrator role.");
    }

    @Test
    void confirmingSavesEveryValidRowInOneGoWithInitialPasswordsAndAnImportedHistory() {
        Staff known = accounts.create("known" + tag, Role.STAFF);
        ImportPreview preview = preview("""
                E-mail,First name,Last name,Subject group,Role
                ann.%1$s@school.example,Ann,Added,New Group %1$s,
                %2$s,Test,Renamed,,
                bad.%1$s@school.example,,Bad,,
                """.formatted(tag, known.getEmail()));
        assertThatThrownBy(() -> importer.confirm(preview, StaffImporter.UnknownGroups.CREATE, false))
                .hasMessage("staff.import.error.fix-first");

        StaffImporter.Result result = importer.confirm(preview, StaffImporter.UnknownGroups.CREATE, true);

        assertThat(result.created()).isEqualTo(1);
        assertThat(result.updated()).isEqualTo(1);
        StaffImporter.InitialPassword initial = result.initialPasswords().getFirst();
        assertThat(initial.email()).isEqualTo("ann." + tag + "@school.example");
        Staff added = accounts.findByEmail(initial.email());
        assertThat(added.isMustChangePassword()).isTrue();
        assertThat(passwordEncoder.matches(initial.password(), added.getPasswordHash())).isTrue();
        assertThat(staffService.get(added.getId()).getSubjectGroup().getName()).isEqualTo("New Group " + tag);
        assertThat(accounts.reload(known).getLastName()).isEqualTo("Renamed");
        assertThat(accounts.findOptionalByEmail("bad." + tag + "@school.example")).isEmpty();
        HistoryEntry imported = history.of(added.getId(), 0, 10).getFirst();
        assertThat(imported.stamp().occasion()).isEqualTo(Occasion.IMPORT);
        assertThat(imported.stamp().actorName()).isEqualTo("Hana Head");
    }

    @Test
    void aPersonChangedByAnotherAdministratorAfterThePreviewStopsTheWholeImport() {
        Staff known = accounts.create("race" + tag, Role.STAFF);
        ImportPreview preview = preview("""
                E-mail,First name,Last name
                %s,Test,From-File
                new.%s@school.example,New,Person
                """.formatted(known.getEmail(), tag));
        staffService.update(known.getId(), known.getVersion(),
                new StaffDetails(known.getEmail(), "Test", "Edited-Meanwhile", null, Role.STAFF));

        assertThatThrownBy(() -> importer.confirm(preview, StaffImporter.UnknownGroups.LEAVE_OUT, false))
                .isInstanceOf(StaffImporter.RefusedException.class)
                .hasMessage("staff.import.error.changed-meanwhile");

        assertThat(accounts.reload(known).getLastName()).isEqualTo("Edited-Meanwhile");
        assertThat(accounts.findOptionalByEmail("new." + tag + "@school.example")).as("nothing half-imported").isEmpty();
    }

    @Test
    void theHostileInputCorpusInImportCellsIsRefusedWithAMessageOrStoredExactlyAsRead() throws Exception {
        List<String> corpus = HostileInput.corpus();
        var out = new java.io.StringWriter();
        try (var printer = org.apache.commons.csv.CSVFormat.RFC4180.print(out)) {
            printer.printRecord("E-mail", "First name", "Last name");
            for (int i = 0; i < corpus.size(); i++) {
                printer.printRecord("hostile" + i + "." + tag + "@school.example", "Hostile", corpus.get(i));
            }
        }
        var table = SpreadsheetReader.read("hostile.csv", out.toString().getBytes(StandardCharsets.UTF_8), null, LIMITS);
        ImportPreview preview = imports.preview(table, ImportColumn.match(table.header()), Locale.ENGLISH);
        assertThat(preview.rows()).hasSize(corpus.size());
        for (Row row : preview.rows()) {
            String read = table.rows().get(preview.rows().indexOf(row)).get(2);
            if (row.status() == Status.ERROR) {
                assertThat(row.errors().values()).as("refused with words: " + HostileInput.describe(read))
                        .allSatisfy(message -> assertThat(message).isNotBlank());
            } else {
                assertThat(row.status()).isEqualTo(Status.NEW);
                assertThat(row.lastName()).isEqualTo(AbstractEntity.normalized(read));
            }
        }

        importer.confirm(preview, StaffImporter.UnknownGroups.LEAVE_OUT, true);

        for (Row row : preview.rows()) {
            var saved = accounts.findOptionalByEmail(row.email());
            assertThat(saved.isPresent()).as("saved exactly when accepted: " + row.email())
                    .isEqualTo(row.status() == Status.NEW);
            saved.ifPresent(person -> assertThat(person.getLastName()).isEqualTo(row.lastName()));
        }
    }

    private ImportPreview preview(String csv) {
        var table = SpreadsheetReader.read("staff.csv", csv.getBytes(StandardCharsets.UTF_8), null, LIMITS);
        return imports.preview(table, ImportColumn.match(table.header()), Locale.ENGLISH);
    }

    private static java.util.Map<ImportColumn, String> errors(ImportPreview preview, int row) {
        return preview.rows().get(row).errors();
    }
}
