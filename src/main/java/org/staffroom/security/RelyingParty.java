package org.staffroom.security;

import java.net.URI;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.util.function.SingletonSupplier;
import org.staffroom.base.config.StaffroomProperties;

/**
 * Staffroom as a WebAuthn relying party: its id is the host of {@code staffroom.public-url}
 * (an IP address cannot be one), and only that origin is accepted. Unset, it is
 * {@code http://localhost:<port>}, known only once the server listens, so the operations are
 * made at their first use. Passkeys must verify their user (a PIN, a fingerprint): possession
 * and verification together count as two factors.
 */
class RelyingParty implements WebAuthnRelyingPartyOperations {

    static final String NAME = "Staffroom";

    private final Supplier<WebAuthnRelyingPartyOperations> operations;

    RelyingParty(StaffroomProperties properties, ApplicationContext context,
            PublicKeyCredentialUserEntityRepository users, UserCredentialRepository credentials) {
        this.operations = SingletonSupplier.of(() -> {
            URI origin = origin(properties, context);
            var made = new Webauthn4JRelyingPartyOperations(users, credentials,
                    PublicKeyCredentialRpEntity.builder().id(origin.getHost()).name(NAME).build(),
                    Set.of(origin.getScheme() + "://" + origin.getAuthority()));
            made.setCustomizeCreationOptions(options -> options.authenticatorSelection(AuthenticatorSelectionCriteria
                    .builder().residentKey(ResidentKeyRequirement.REQUIRED)
                    .userVerification(UserVerificationRequirement.REQUIRED).build()));
            made.setCustomizeRequestOptions(options -> options.userVerification(UserVerificationRequirement.REQUIRED));
            return made;
        });
    }

    /** The address people open: the setting, or this server on localhost. */
    static URI origin(StaffroomProperties properties, ApplicationContext context) {
        if (!properties.publicUrl().isBlank()) {
            return URI.create(properties.publicUrl().strip());
        }
        int port = context instanceof WebServerApplicationContext web && web.getWebServer() != null
                ? web.getWebServer().getPort() : 8080;
        return URI.create("http://localhost:" + port);
    }

    @Override
    public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
            PublicKeyCredentialCreationOptionsRequest request) {
        return operations.get().createPublicKeyCredentialCreationOptions(request);
    }

    @Override
    public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
        return operations.get().registerCredential(request);
    }

    @Override
    public PublicKeyCredentialRequestOptions createCredentialRequestOptions(PublicKeyCredentialRequestOptionsRequest request) {
        return operations.get().createCredentialRequestOptions(request);
    }

    @Override
    public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
        return operations.get().authenticate(request);
    }
}
