package org.staffroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Whose address the throttle counts: X-Forwarded-For only from the proxies named, never forged. */
class ClientAddressFilterTest {

    private static final ClientAddressFilter BEHIND_ONE_PROXY = new ClientAddressFilter(List.of("10.0.0.5"));

    @Test
    void aNamedProxyTellsTheClientsAddress() {
        assertThat(seenAs(BEHIND_ONE_PROXY, "10.0.0.5", "198.51.100.7")).isEqualTo("198.51.100.7");
        // The rightmost address that is not a trusted proxy; whatever the client wrote before it is ignored.
        assertThat(seenAs(BEHIND_ONE_PROXY, "10.0.0.5", "1.2.3.4, 198.51.100.7")).isEqualTo("198.51.100.7");
    }

    @Test
    void aForgedHeaderFromAnyoneElseChangesNothing() {
        assertThat(seenAs(BEHIND_ONE_PROXY, "203.0.113.9", "198.51.100.7")).isEqualTo("203.0.113.9");
        // Another address in the same private range is not trusted either.
        assertThat(seenAs(BEHIND_ONE_PROXY, "10.0.0.6", "198.51.100.7")).isEqualTo("10.0.0.6");
        assertThat(seenAs(new ClientAddressFilter(List.of()), "10.0.0.5", "198.51.100.7")).isEqualTo("10.0.0.5");
    }

    @Test
    void rangesAndChainsOfProxies() {
        var twoProxies = new ClientAddressFilter(List.of("10.0.0.0/29", "192.0.2.1"));
        assertThat(seenAs(twoProxies, "10.0.0.3", "198.51.100.7, 192.0.2.1")).isEqualTo("198.51.100.7");
        assertThat(seenAs(twoProxies, "10.0.0.3", "2001:db8::17")).isEqualTo("2001:db8::17");
        assertThat(seenAs(twoProxies, "10.0.0.3", "not-an-address")).as("a name is not followed").isEqualTo("10.0.0.3");
    }

    private static String seenAs(ClientAddressFilter filter, String remote, String forwardedFor) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(remote);
        request.addHeader("X-Forwarded-For", forwardedFor);
        AtomicReference<String> seen = new AtomicReference<>();
        try {
            filter.doFilter(request, new MockHttpServletResponse(),
                    (passed, response) -> seen.set(((HttpServletRequest) passed).getRemoteAddr()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return seen.get();
    }
}
