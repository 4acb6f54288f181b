package org.staffroom.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.staffroom.SignedInAs;
import org.staffroom.TestAccounts;
import org.staffroom.app.AccessDeniedView;
import org.staffroom.app.MainLayout;
import org.staffroom.staff.ui.HomeView;
import org.staffroom.staff.ui.StaffDirectoryView;
import org.staffroom.security.ui.SecurityLogView;
import org.staffroom.staff.ui.StaffGridView;
import org.staffroom.staff.ui.StaffImportView;
import org.staffroom.subjectgroup.ui.SubjectGroupView;

/**
 * Every view, drawn for a German browser, shows German: no raw key ({@code !{…}!}) and no
 * text that is the English wording of a key whose German wording differs.
 */
@SpringBootTest
class GermanUiTest extends SpringBrowserlessTest {

    private final Set<String> englishOnly = new HashSet<>();

    private static Locale machineLocale;

    // The browserless UI (and its first view) exist before any @BeforeEach here; they take the JVM's locale.
    @BeforeAll
    static void germanMachine() {
        machineLocale = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
    }

    @AfterAll
    static void restoreMachineLocale() {
        Locale.setDefault(machineLocale);
    }

    @BeforeEach
    void englishOnlyTexts() throws IOException {
        assertThat(VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("de");
        for (String bundle : Translations.BUNDLES) {
            Properties english = load("i18n/" + bundle + ".properties");
            Properties german = load("i18n/" + bundle + "_de.properties");
            english.stringPropertyNames().stream()
                    .filter(key -> !english.getProperty(key).equals(german.getProperty(key)))
                    .map(english::getProperty)
                    .filter(text -> !text.contains("{"))
                    .forEach(englishOnly::add);
        }
    }

    @Test
    @SignedInAs(TestAccounts.HEAD_EMAIL)
    void administratorsViewsAreGerman() {
        for (Class<? extends Component> view : List.of(
                HomeView.class, StaffDirectoryView.class, StaffGridView.class, StaffImportView.class,
                SubjectGroupView.class, SecurityLogView.class)) {
            navigate(view);
            Set<String> texts = visibleTexts(find(MainLayout.class).single().getElement());
            assertThat(texts).as("texts of %s", view.getSimpleName())
                    .contains("Hauptnavigation", "Personalverzeichnis")
                    .noneMatch(text -> text.contains("!{"))
                    .doesNotContainAnyElementsOf(englishOnly);
        }
    }

    @Test
    @SignedInAs(TestAccounts.TEACHER_EMAIL)
    void theAccessDeniedPageIsGerman() {
        navigate("staff", AccessDeniedView.class);
        assertThat(visibleTexts(find(MainLayout.class).single().getElement()))
                .contains("Sie haben keinen Zugriff auf diese Seite")
                .doesNotContainAnyElementsOf(englishOnly);
    }

    // Text nodes plus the string properties and attributes that components show (label, placeholder, header…).
    private static Set<String> visibleTexts(Element element) {
        Set<String> texts = new TreeSet<>();
        collect(element, texts);
        return texts;
    }

    private static void collect(Element element, Set<String> texts) {
        if (element.isTextNode()) {
            addIfText(element.getText(), texts);
            return;
        }
        element.getAttributeNames().forEach(name -> addIfText(element.getAttribute(name), texts));
        element.getPropertyNames().forEach(name -> {
            if (element.getPropertyRaw(name) instanceof String value) {
                addIfText(value, texts);
            }
        });
        element.getChildren().forEach(child -> collect(child, texts));
    }

    private static void addIfText(String value, Set<String> texts) {
        if (value != null && !value.isBlank()) {
            texts.add(value.strip());
        }
    }

    private static Properties load(String resource) throws IOException {
        var properties = new Properties();
        try (var in = GermanUiTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
