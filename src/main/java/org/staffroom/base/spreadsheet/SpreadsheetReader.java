package org.staffroom.base.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads an uploaded table: CSV (UTF-8 with or without a byte order mark, {@code ,} or
 * {@code ;}, RFC 4180 quoting, by Commons CSV) or XLSX (a chosen sheet or the first, streamed
 * by fastexcel-reader). Every cell comes back as text; a formula in a workbook comes back as
 * its formula, so that the caller can refuse it. Limits are checked before anything is
 * parsed, and rows are counted as they stream.
 */
public final class SpreadsheetReader {

    /** What an upload may hold: its size in bytes and its number of rows under the header. */
    public record Limits(long maxBytes, int maxRows) {
    }

    /**
     * @param header the first row, trimmed
     * @param rows every row after it that is not blank, as long as the header (missing cells are empty)
     * @param sheets the workbook's sheets, to choose from; empty for CSV
     * @param lines the file's line or row number of each row, for messages
     */
    public record Table(List<String> header, List<List<String>> rows, List<String> sheets, List<Integer> lines) {
    }

    // A workbook that inflates to more than this is refused, whatever its size on disk.
    private static final long MAX_INFLATED_BYTES = 100L * 1024 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private SpreadsheetReader() {
    }

    /**
     * @param sheet the workbook sheet to read, or null for the first; ignored for CSV
     * @throws UnreadableFileException when the file is too large, has too many rows, is of
     *     another kind, is not UTF-8, or has no header row
     */
    public static Table read(String fileName, byte[] content, String sheet, Limits limits) {
        if (content.length > limits.maxBytes()) {
            throw new UnreadableFileException("base.import.too-large", limits.maxBytes() / (1024 * 1024));
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean hasHeader = content.length >= 8;
        if (hasHeader && ReadableWorkbook.isOOXMLZipHeader(content)) {
            return workbook(content, sheet, limits);
        }
        if (hasHeader && ReadableWorkbook.isOLE2Header(content) || name.endsWith(".xls")) {
            throw new UnreadableFileException("base.import.old-excel");
        }
        if (!name.endsWith(".csv") && !name.endsWith(".txt")) {
            throw new UnreadableFileException("base.import.unknown-kind");
        }
        return csv(text(content), limits);
    }

    private static String text(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new UnreadableFileException(isWindows1252(content) ? "base.import.windows-1252"
                    : "base.import.not-utf-8");
        }
    }

    // Old Excel saves CSV in the Windows code page, in which only five bytes mean nothing.
    private static boolean isWindows1252(byte[] content) {
        try {
            WINDOWS_1252.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Table csv(String text, Limits limits) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(true).get();
        List<List<String>> cells = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                List<String> row = record.toList();
                if (row.stream().allMatch(String::isBlank)) {
                    continue;
                }
                cells.add(row);
                lines.add((int) parser.getCurrentLineNumber());
                if (cells.size() > limits.maxRows() + 1) {
                    throw new UnreadableFileException("base.import.too-many-rows", limits.maxRows());
                }
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException broken) {
            throw new UnreadableFileException("base.import.broken-csv");
        }
        return table(cells, lines, List.of());
    }

    /** The separator of the header line: whichever of {@code ;} and {@code ,} it has more of outside quotes. */
    static char delimiter(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static Table workbook(byte[] content, String sheetName, Limits limits) {
        refuseZipBomb(content);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            List<String> sheets = workbook.getSheets().map(Sheet::getName).toList();
            Sheet sheet = Optional.ofNullable(sheetName).flatMap(workbook::findSheet).orElse(workbook.getFirstSheet());
            List<List<String>> cells = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            try (Stream<Row> rows = sheet.openStream()) {
                for (Row row : (Iterable<Row>) rows::iterator) {
                    List<String> values = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        values.add(text(row.getCell(i)));
                    }
                    if (values.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    cells.add(values);
                    lines.add(row.getRowNum());
                    if (cells.size() > limits.maxRows() + 1) {
                        throw new UnreadableFileException("base.import.too-many-rows", limits.maxRows());
                    }
                }
            }
            return table(cells, lines, sheets);
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof UnreadableFileException refused) {
                throw refused;
            }
            throw new UnreadableFileException("base.import.broken-workbook");
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getType() == CellType.FORMULA) {
            return "=" + cell.getFormula();
        }
        String text = cell.getText();
        return text == null ? "" : text;
    }

    private static void refuseZipBomb(byte[] content) {
        long inflated = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                        inflated += read;
                        if (inflated > MAX_INFLATED_BYTES) {
                            throw new UnreadableFileException("base.import.broken-workbook");
                        }
                    }
                }
            }
        } catch (IOException broken) {
            throw new UnreadableFileException("base.import.broken-workbook");
        }
    }

    private static Table table(List<List<String>> cells, List<Integer> lines, List<String> sheets) {
        if (cells.isEmpty()) {
            throw new UnreadableFileException("base.import.empty");
        }
        List<String> header = cells.getFirst().stream().map(String::strip).toList();
        List<List<String>> rows = cells.subList(1, cells.size()).stream().map(row -> padded(row, header.size())).toList();
        return new Table(header, rows, sheets, List.copyOf(lines.subList(1, lines.size())));
    }

    private static List<String> padded(List<String> row, int width) {
        List<String> cells = new ArrayList<>(row);
        while (cells.size() < width) {
            cells.add("");
        }
        return cells;
    }
}
