package org.staffroom.base.db;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.staffroom.base.config.StaffroomProperties;

/**
 * Gives every connection of the pool a statement time limit, and holds the start until the
 * database answers, for at most {@code staffroom.db-wait}. A database that never answers
 * ends the start with one report naming its URL (never the password), not a stack-trace
 * wall from the pool.
 */
@Component
class DatabaseConnectionSettings implements BeanPostProcessor, EnvironmentAware {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConnectionSettings.class);
    private static final Duration PAUSE_BETWEEN_ATTEMPTS = Duration.ofSeconds(1);

    private StaffroomProperties settings;

    @Override
    public void setEnvironment(Environment environment) {
        // A post-processor is created before configuration properties beans are, so it binds its own.
        settings = Binder.get(environment).bindOrCreate("staffroom", StaffroomProperties.class);
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool) {
            if (pool.getConnectionInitSql() == null) {
                pool.setConnectionInitSql("SET SESSION max_statement_time=" + settings.dbQueryTimeout().toMillis() / 1000.0);
            }
            awaitDatabase(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
        }
        return bean;
    }

    private void awaitDatabase(String url, String username, String password) {
        long startedAt = System.nanoTime();
        long deadline = startedAt + settings.dbWait().toNanos();
        boolean waiting = false;
        while (true) {
            try (var connection = DriverManager.getConnection(url, username, password)) {
                if (waiting) {
                    log.info("The database at {} answered after {} s", withoutSecrets(url),
                            Duration.ofNanos(System.nanoTime() - startedAt).toSeconds());
                }
                return;
            } catch (SQLException e) {
                if (System.nanoTime() >= deadline) {
                    throw new DatabaseWaitExpiredException(withoutSecrets(url), settings.dbWait(), e);
                }
                if (!waiting) {
                    log.warn("Waiting up to {} s for the database at {}: {}", settings.dbWait().toSeconds(),
                            withoutSecrets(url), e.getMessage());
                    waiting = true;
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_BETWEEN_ATTEMPTS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database", e);
        }
    }

    /** The URL as it may be logged: a password in its options or before the host is masked. */
    static String withoutSecrets(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//[^/@]*@", "//***@");
    }
}
