package org.staffroom.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a proxy's health checks see over real HTTP, without signing in, and what nobody sees. */
class HealthIT extends BrowserTestBase {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void healthLivenessAndReadinessSayOnlyUp() throws Exception {
        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("\"status\":\"UP\"")
                    .doesNotContain("components", "details", "database");
            assertThat(response.headers().firstValue("Set-Cookie")).as("a health check opens no session").isEmpty();
        }
    }

    @Test
    void nothingElseOfTheActuatorIsReachable() throws Exception {
        for (String path : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/info",
                "/actuator/health/db", "/actuator/health/diskSpace", "/actuator/heapdump")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isNotEqualTo(200);
            assertThat(response.body()).as(path).doesNotContainIgnoringCase("mariadb").doesNotContain("jdbc:");
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
