package org.staffroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.context.support.GenericApplicationContext;
import org.staffroom.base.config.StaffroomProperties;

/** The passkeys' relying party: the host people open, from STAFFROOM_PUBLIC_URL, or localhost. */
class RelyingPartyTest {

    @Test
    void thePublicUrlNamesTheOriginAndItsHost() {
        var origin = RelyingParty.origin(settings(Map.of("staffroom.public-url", "https://staffroom.school.example")),
                new GenericApplicationContext());
        assertThat(origin.getHost()).isEqualTo("staffroom.school.example");
        assertThat(origin.getScheme() + "://" + origin.getAuthority()).isEqualTo("https://staffroom.school.example");
    }

    @Test
    void unsetItIsLocalhostNeverAnAddress() {
        var origin = RelyingParty.origin(settings(Map.of()), new GenericApplicationContext());
        assertThat(origin.toString()).isEqualTo("http://localhost:8080");
    }

    private static StaffroomProperties settings(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("staffroom", StaffroomProperties.class);
    }
}
