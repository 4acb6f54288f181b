package org.staffroom.base.db;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.staffroom.base.config.StaffroomProperties;

/**
 * Starts the embedded MariaDB and points the datasource at it, unless an external
 * database is configured through {@code spring.datasource.url}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(StaffroomProperties properties) {
        StaffroomProperties.EmbeddedDb settings = properties.embeddedDb();
        return EmbeddedMariaDb.start(settings.dataDir(), settings.port(), settings.database(),
                settings.bufferPoolSize());
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb embeddedMariaDb) {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(embeddedMariaDb.jdbcUrl())
                .username(embeddedMariaDb.username())
                .password(embeddedMariaDb.password())
                .build();
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
