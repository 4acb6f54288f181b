package org.staffroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.Cookie;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.boot.web.server.servlet.Session;
import org.springframework.core.env.Environment;
import org.staffroom.base.config.StaffroomProperties;

/** Sessions close after 30 idle minutes; Vaadin's heartbeat alone does not keep them open. */
@org.springframework.boot.test.context.SpringBootTest
class SessionSettingsTest {

    @Autowired
    Environment environment;

    @Autowired
    WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> sessionSettings;

    @Test
    void idleSessionsCloseAfterThirtyMinutesDespiteTheHeartbeat() {
        assertThat(session().getTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(environment.getProperty("vaadin.closeIdleSessions", Boolean.class)).isTrue();
        assertThat(environment.getProperty("vaadin.heartbeatInterval", Integer.class))
                .as("heartbeats are rarer than the timeout").isLessThan(30 * 60);
    }

    @Test
    void cookieIsHttpOnlyLaxAndSecureOnlyWhenTheDeploymentSaysSo() {
        Cookie cookie = session().getCookie();
        assertThat(cookie.getSecure()).isFalse();
        assertThat(cookie.getSameSite()).isEqualTo(Cookie.SameSite.LAX);
        assertThat(cookie.getHttpOnly()).isTrue();
    }

    @Test
    void behindTlsTheCookieIsSecureAndHostPrefixed() {
        var secure = new StaffroomProperties(null, null, null, Duration.ofMinutes(30), Duration.ofHours(12), true, "",
                List.of(), null, null, null, "", "", StaffroomProperties.MfaRequiredFor.ADMIN, Duration.ofDays(365), Duration.ofDays(730), null);
        var factory = new TomcatServletWebServerFactory();
        new SecurityConfig().sessionSettings(secure).customize(factory);
        Cookie cookie = factory.getSettings().getSession().getCookie();
        assertThat(cookie.getName()).isEqualTo("__Host-JSESSIONID");
        assertThat(cookie.getSecure()).isTrue();
        assertThat(session().getCookie().getName()).as("plain HTTP keeps the usual name").isNotEqualTo("__Host-JSESSIONID");
    }

    /** The session settings as the server will apply them: Boot's defaults, then ours. */
    private Session session() {
        var factory = new TomcatServletWebServerFactory();
        sessionSettings.customize(factory);
        return factory.getSettings().getSession();
    }
}
