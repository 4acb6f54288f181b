package org.staffroom.base.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

    @Test
    void cellsASpreadsheetWouldRunAsAFormulaStayText() {
        assertThat(SpreadsheetCsv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(SpreadsheetCsv.cell("+1")).isEqualTo("'+1");
        assertThat(SpreadsheetCsv.cell("-2")).isEqualTo("'-2");
        assertThat(SpreadsheetCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCsv.cell("\tx")).isEqualTo("'\tx");
    }

    @Test
    void ordinaryCellsAreUntouched() {
        assertThat(SpreadsheetCsv.cell("Müller-Lüdenscheidt")).isEqualTo("Müller-Lüdenscheidt");
        assertThat(SpreadsheetCsv.cell("王小明")).isEqualTo("王小明");
        assertThat(SpreadsheetCsv.cell(null)).isEmpty();
    }

    @Test
    void germanSpreadsheetsGetSemicolonsOthersCommas() {
        assertThat(SpreadsheetCsv.delimiterFor(Locale.GERMAN)).isEqualTo(';');
        assertThat(SpreadsheetCsv.delimiterFor(Locale.UK)).isEqualTo(',');
        assertThat(SpreadsheetCsv.delimiterFor(Locale.ENGLISH)).isEqualTo(',');
    }
}
