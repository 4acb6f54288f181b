package org.staffroom.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class StaffCsvTest {

    @Test
    void cellsASpreadsheetWouldRunAsAFormulaStayText() {
        assertThat(StaffCsv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(StaffCsv.cell("+1")).isEqualTo("'+1");
        assertThat(StaffCsv.cell("-2")).isEqualTo("'-2");
        assertThat(StaffCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(StaffCsv.cell("\tx")).isEqualTo("'\tx");
    }

    @Test
    void ordinaryCellsAreUntouched() {
        assertThat(StaffCsv.cell("Müller-Lüdenscheidt")).isEqualTo("Müller-Lüdenscheidt");
        assertThat(StaffCsv.cell("王小明")).isEqualTo("王小明");
        assertThat(StaffCsv.cell(null)).isEmpty();
    }

    @Test
    void germanSpreadsheetsGetSemicolonsOthersCommas() {
        assertThat(StaffCsv.delimiterFor(Locale.GERMAN)).isEqualTo(';');
        assertThat(StaffCsv.delimiterFor(Locale.UK)).isEqualTo(',');
        assertThat(StaffCsv.delimiterFor(Locale.ENGLISH)).isEqualTo(',');
    }
}
