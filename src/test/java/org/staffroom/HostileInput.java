package org.staffroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasValidation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shared hostile-input corpus, {@code src/test/resources/hostile-input.txt}, decoded. */
public final class HostileInput {

    private static final Pattern REPEAT = Pattern.compile("\\{repeat:(\\d+):([^}]*)}");
    private static final Pattern ESCAPE = Pattern.compile("\\\\(u[0-9a-fA-F]{4}|[ntr0\\\\])");

    private HostileInput() {
    }

    public static List<String> corpus() {
        try (InputStream in = HostileInput.class.getResourceAsStream("/hostile-input.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#"))
                    .map(HostileInput::decode)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A short, printable name for a corpus entry in an assertion message. */
    public static String describe(String value) {
        StringBuilder shown = new StringBuilder();
        value.codePoints().limit(40).forEach(c -> shown.append(c < 0x20 || c == 0x7f || Character.getType(c) == Character.SURROGATE
                || Character.getType(c) == Character.FORMAT ? String.format("\\u%04x", c) : Character.toString(c)));
        return shown + (value.length() > 40 ? "… (" + value.length() + " chars)" : "");
    }

    /** The field says, in words, why {@code value} was refused. */
    public static void assertRefusedAtTheField(HasValidation field, String value) {
        assertThat(field.isInvalid()).as("refused at its field: " + describe(value)).isTrue();
        assertThat(field.getErrorMessage()).as("with a message: " + describe(value)).isNotBlank();
    }

    private static String decode(String line) {
        if (line.equals("<empty>")) {
            return "";
        }
        Matcher repeat = REPEAT.matcher(line);
        if (repeat.matches()) {
            return repeat.group(2).repeat(Integer.parseInt(repeat.group(1)));
        }
        Matcher escape = ESCAPE.matcher(line);
        StringBuilder decoded = new StringBuilder();
        while (escape.find()) {
            String code = escape.group(1);
            String replacement = switch (code.charAt(0)) {
                case 'u' -> String.valueOf((char) Integer.parseInt(code.substring(1), 16));
                case 'n' -> "\n";
                case 't' -> "\t";
                case 'r' -> "\r";
                case '0' -> "\0";
                default -> "\\";
            };
            escape.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
        }
        escape.appendTail(decoded);
        return decoded.toString();
    }
}
