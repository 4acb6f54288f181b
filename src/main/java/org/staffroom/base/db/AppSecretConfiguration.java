package org.staffroom.base.db;

import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.staffroom.base.config.AppSecret;
import org.staffroom.base.config.StaffroomProperties;

/**
 * The app's secret comes from {@code staffroom.secret-key}. With the embedded database and no
 * setting it is generated into the data directory, so that it lives and is backed up with the
 * data it protects. An external database, shared by several nodes, needs the setting.
 */
@Configuration(proxyBeanMethods = false)
class AppSecretConfiguration {

    // After the datasource, so that a database that is not there is what a start reports first.
    @Bean
    @DependsOn("dataSource")
    AppSecret appSecret(StaffroomProperties properties, ObjectProvider<EmbeddedMariaDb> embedded) throws IOException {
        if (!properties.secretKey().isBlank()) {
            return AppSecret.fromSetting(properties.secretKey());
        }
        EmbeddedMariaDb database = embedded.getIfAvailable();
        if (database == null) {
            throw new AppSecretMissingException();
        }
        return AppSecret.inFile(database.dataDir().resolve(AppSecret.FILE));
    }
}
