package org.staffroom.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.staffroom.base.config.AppSecret;
import org.staffroom.base.config.StaffroomProperties;

/** The app's secret: from the setting, generated beside the embedded data, or a start that says what to do. */
class AppSecretTest {

    @Test
    void aGeneratedSecretIsOwnerOnlyAndTheSameAtTheNextStart(@TempDir Path dataDir) throws Exception {
        Path file = dataDir.resolve(AppSecret.FILE);
        AppSecret first = AppSecret.inFile(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        AppSecret again = AppSecret.inFile(file);
        assertThat(again.keyFor("totp-secret", "AES").getEncoded()).isEqualTo(first.keyFor("totp-secret", "AES").getEncoded());
        assertThat(first.keyFor("recovery-codes", "HmacSHA256").getEncoded())
                .as("each use its own key").isNotEqualTo(first.keyFor("totp-secret", "AES").getEncoded());
        assertThat(first.toString()).doesNotContain(Files.readString(file).strip());
    }

    @Test
    void aSettingMustBeBase64OfThirtyTwoBytes() {
        assertThatThrownBy(() -> AppSecret.fromSetting("not base64!")).hasMessageContaining("not Base64");
        assertThatThrownBy(() -> AppSecret.fromSetting("c2hvcnQ=")).hasMessageContaining("at least 32 bytes");
    }

    @Test
    void anExternalDatabaseWithoutTheSettingStopsTheStartSayingHow() {
        StaffroomProperties noKey = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("staffroom", StaffroomProperties.class);
        var noEmbeddedDatabase = new DefaultListableBeanFactory().getBeanProvider(EmbeddedMariaDb.class);
        assertThatThrownBy(() -> new AppSecretConfiguration().appSecret(noKey, noEmbeddedDatabase))
                .isInstanceOf(AppSecretMissingException.class);

        FailureAnalysis analysis = new AppSecretFailureAnalyzer()
                .analyze(new BeanCreationException("appSecret", new AppSecretMissingException()));
        assertThat(analysis.getDescription()).contains("no staffroom.secret-key is set");
        assertThat(analysis.getAction()).contains("STAFFROOM_SECRET_KEY", "openssl rand -base64 32");
    }
}
