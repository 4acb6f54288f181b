package org.staffroom.base.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.staffroom.base.spreadsheet.SpreadsheetReader.Limits;
import org.staffroom.base.spreadsheet.SpreadsheetReader.Table;

/** Real files as an office hands them over: CSV from German Excel, an XLSX workbook, an old Windows CSV. */
class SpreadsheetReaderTest {

    private static final Limits LIMITS = new Limits(5 * 1024 * 1024, 10_000);

    @Test
    void aGermanExcelCsvWithSemicolonsAndAByteOrderMarkReadsWithItsQuotesAndUmlauts() throws IOException {
        Table table = SpreadsheetReader.read("Personal.csv", file("staff-semicolon-bom.csv"), null, LIMITS);

        assertThat(table.header()).containsExactly("E-Mail", "Vorname", "Nachname", "Fachgruppe", "Rolle");
        assertThat(table.rows()).hasSize(3);
        assertThat(table.rows().get(1)).containsExactly("jonas.mueller@school.example", "Jonas", "Müller; Jr.", "Physik",
                "Administrator/in");
        assertThat(table.rows().get(2)).containsExactly("li.wang@school.example", "Li", "王", "", "");
        assertThat(table.lines()).containsExactly(2, 3, 4);
        assertThat(table.sheets()).isEmpty();
    }

    @Test
    void aWorkbookReadsTheChosenSheetSkipsBlankRowsAndKeepsFormulasAsFormulas() throws IOException {
        byte[] workbook = file("staff-two-sheets.xlsx");
        Table first = SpreadsheetReader.read("staff.xlsx", workbook, null, LIMITS);
        assertThat(first.sheets()).containsExactly("Notes", "Staff 2026");
        assertThat(first.header()).containsExactly("Staff list for the new school year");

        Table staff = SpreadsheetReader.read("staff.xlsx", workbook, "Staff 2026", LIMITS);
        assertThat(staff.header()).containsExactly("E-mail", "First name", "Last name", "Subject group", "Role");
        assertThat(staff.rows()).extracting(row -> row.get(0)).containsExactly("ada.lovelace@school.example",
                "Grace.Hopper@School.example", "chloe.dubois@school.example",
                "=HYPERLINK(\"http://evil.example\",\"x@school.example\")");
        assertThat(staff.rows().get(2)).containsExactly("chloe.dubois@school.example", "Chloé", "Dubois", "", "");
        assertThat(staff.lines()).containsExactly(2, 3, 5, 6);
    }

    @Test
    void aWindows1252FileIsNamedNotGarbled() throws IOException {
        byte[] windows = file("staff-windows-1252.csv");
        assertThatThrownBy(() -> SpreadsheetReader.read("old.csv", windows, null, LIMITS))
                .isInstanceOf(UnreadableFileException.class).hasMessage("base.import.windows-1252");
    }

    @Test
    void tooLargeOrTooLongFilesAreRefusedBeforeTheyAreRead() {
        byte[] big = new byte[1024 + 1];
        assertThatThrownBy(() -> SpreadsheetReader.read("big.csv", big, null, new Limits(1024, 10)))
                .isInstanceOf(UnreadableFileException.class).hasMessage("base.import.too-large");
        String rows = "E-mail\n" + "a@school.example\n".repeat(11);
        assertThatThrownBy(() -> SpreadsheetReader.read("long.csv", rows.getBytes(StandardCharsets.UTF_8), null,
                new Limits(1024 * 1024, 10)))
                .isInstanceOf(UnreadableFileException.class).hasMessage("base.import.too-many-rows");
    }

    @Test
    void otherKindsOfFileAreRefusedWithWhatToUploadInstead() {
        assertThatThrownBy(() -> SpreadsheetReader.read("notes.pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8), null,
                LIMITS)).hasMessage("base.import.unknown-kind");
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThatThrownBy(() -> SpreadsheetReader.read("staff.xls", ole2, null, LIMITS))
                .hasMessage("base.import.old-excel");
        assertThatThrownBy(() -> SpreadsheetReader.read("empty.csv", new byte[0], null, LIMITS))
                .hasMessage("base.import.empty");
    }

    @Test
    void theSeparatorIsWhicheverTheHeaderUsesOutsideQuotes() {
        assertThat(SpreadsheetReader.delimiter("a;b;c\nx,y")).isEqualTo(';');
        assertThat(SpreadsheetReader.delimiter("\"Name; full\",E-mail")).isEqualTo(',');
        assertThat(List.of(SpreadsheetReader.delimiter("E-mail"))).containsExactly(',');
    }

    private static byte[] file(String name) throws IOException {
        try (InputStream in = SpreadsheetReaderTest.class.getResourceAsStream("/import/" + name)) {
            return in.readAllBytes();
        }
    }
}
