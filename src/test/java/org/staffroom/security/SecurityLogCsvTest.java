package org.staffroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.staffroom.SignedInAs;
import org.staffroom.TestAccounts;
import org.staffroom.base.i18n.Translations;

/** The security log exports as the staff list does: filtered, streamed, in the reader's language, formula-safe. */
@SpringBootTest
@Tag("persistence")
@SignedInAs(TestAccounts.HEAD_EMAIL)
class SecurityLogCsvTest {

    @Autowired
    SecurityLog securityLog;

    @Autowired
    SecurityEventService events;

    @Autowired
    Translations translations;

    @Test
    void theFilteredLogExportsWithTranslatedHeadersAndCellsThatNeverRunAsFormulas() throws Exception {
        String name = "=hyperlink.csv" + System.nanoTime() + "@school.example";
        securityLog.event("sign-in").outcome("failure").reason("unknown-account").user(name, null)
                .address("203.0.113.7").info();
        securityLog.event("sign-in").outcome("failure").reason("unknown-account").user("other" + name, null).info();

        var out = new StringWriter();
        SecurityLogCsv.write(events, new SecurityEventService.Filter(name, null, null, null), out, Locale.GERMAN,
                key -> translations.getTranslation(key, Locale.GERMAN));

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.getFirst())
                .isEqualTo("\uFEFFZeit;Ereignis;Ergebnis;Grund;Person;Durch;Adresse;Browser;Knoten;Einzelheiten");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d;Anmeldung;failure;unknown-account;'"
                + java.util.regex.Pattern.quote(name) + ";;203\\.0\\.113\\.7;;[^;]+;");
    }
}
