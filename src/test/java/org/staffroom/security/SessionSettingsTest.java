package org.staffroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/** Sessions close after 30 idle minutes; Vaadin's heartbeat alone does not keep them open. */
@SpringBootTest
class SessionSettingsTest {

    @Autowired
    Environment environment;

    @Test
    void idleSessionsCloseAfterThirtyMinutesDespiteTheHeartbeat() {
        assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class))
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(environment.getProperty("vaadin.closeIdleSessions", Boolean.class)).isTrue();
        assertThat(environment.getProperty("vaadin.heartbeatInterval", Integer.class))
                .as("heartbeats are rarer than the timeout").isLessThan(30 * 60);
    }

    @Test
    void cookieIsSecureOnlyWhenTheDeploymentSaysSo() {
        assertThat(environment.getProperty("server.servlet.session.cookie.secure", Boolean.class)).isFalse();
        assertThat(environment.getProperty("server.servlet.session.cookie.same-site")).isEqualTo("lax");
        assertThat(environment.getProperty("server.servlet.session.cookie.http-only", Boolean.class)).isTrue();
    }
}
