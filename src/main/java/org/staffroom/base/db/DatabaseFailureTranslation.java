package org.staffroom.base.db;

import java.util.Optional;
import com.zaxxer.hikari.HikariDataSource;
import org.aopalliance.intercept.MethodInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Service;
import org.staffroom.base.domain.DatabaseUnavailableException;
import org.staffroom.base.domain.SimultaneousWriteException;

/**
 * Turns a lost or slow database, wherever a service meets it (opening the transaction, a
 * query, the commit), into a {@link DatabaseUnavailableException} the person reads, so
 * every view shows it like any other refusal and keeps what was typed; a transaction the
 * database rolled back because it collided with another becomes a
 * {@link SimultaneousWriteException} the same way. It wraps each
 * service from the outside, around its transaction, so a failed commit is caught too.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseFailureTranslation {

    private static final Logger log = LoggerFactory.getLogger(DatabaseFailureTranslation.class);

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor databaseFailureAdvisor(ObjectProvider<HikariDataSource> pools) {
        MethodInterceptor translate = invocation -> {
            try {
                return invocation.proceed();
            } catch (RuntimeException e) {
                Optional<String> key = DatabaseFailures.kind(e);
                if (key.isEmpty()) {
                    if (DatabaseFailures.isSimultaneousWrite(e)) {
                        log.info("Simultaneous write refused in {}.{}, rolled back: {}",
                                invocation.getMethod().getDeclaringClass().getSimpleName(),
                                invocation.getMethod().getName(), rootMessage(e));
                        throw new SimultaneousWriteException(e);
                    }
                    throw e;
                }
                log.warn("Database {} in {}.{}: {}", key.get().equals(DatabaseUnavailableException.TOO_SLOW)
                                ? "too slow" : "not reachable",
                        invocation.getMethod().getDeclaringClass().getSimpleName(), invocation.getMethod().getName(),
                        rootMessage(e));
                if (key.get().equals(DatabaseUnavailableException.UNREACHABLE)) {
                    // Every pooled connection went to the lost server; the pool would otherwise
                    // hand out a dead one within its validation bypass window after the server is back.
                    pools.ifAvailable(pool -> {
                        if (pool.getHikariPoolMXBean() != null) {
                            pool.getHikariPoolMXBean().softEvictConnections();
                        }
                    });
                }
                throw new DatabaseUnavailableException(key.get(), e);
            }
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(new AnnotationMatchingPointcut(Service.class, true),
                translate);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
