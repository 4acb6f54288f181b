package org.staffroom.base.db;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts the embedded MariaDB and points the datasource at it, unless an external
 * database is configured through {@code spring.datasource.url}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(
            @Value("${staffroom.embedded-db.data-dir:data/mariadb}") Path dataDir,
            @Value("${staffroom.embedded-db.port:3307}") int port,
            @Value("${staffroom.embedded-db.database:staffroom}") String database,
            @Value("${staffroom.embedded-db.buffer-pool-size:64M}") String bufferPoolSize) {
        return EmbeddedMariaDb.start(dataDir, port, database, bufferPoolSize);
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb embeddedMariaDb) {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(embeddedMariaDb.jdbcUrl())
                .username(embeddedMariaDb.username())
                .password("")
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
