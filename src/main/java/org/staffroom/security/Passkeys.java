package org.staffroom.security;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Component;

/**
 * A person's passkeys, in Spring Security's JDBC repositories. The user entity's name is the
 * account's e-mail, which the schema keeps in step with the account (V9).
 */
@Component
class Passkeys {

    private final PublicKeyCredentialUserEntityRepository users;
    private final UserCredentialRepository credentials;

    Passkeys(PublicKeyCredentialUserEntityRepository users, UserCredentialRepository credentials) {
        this.users = users;
        this.credentials = credentials;
    }

    /** The passkeys of {@code signInName}, oldest first. */
    List<SecondFactorService.Passkey> of(String signInName) {
        return records(signInName).stream().sorted(Comparator.comparing(CredentialRecord::getCreated))
                .map(record -> new SecondFactorService.Passkey(record.getCredentialId().toBase64UrlString(),
                        record.getLabel(), record.getCreated(), record.getLastUsed()))
                .toList();
    }

    boolean any(String signInName) {
        return !records(signInName).isEmpty();
    }

    /** Renames one of the person's own passkeys; false when it is not theirs (or gone). */
    boolean rename(String signInName, String id, String label) {
        return owned(signInName, id).map(record -> {
            credentials.save(ImmutableCredentialRecord.fromCredentialRecord(record).label(label).build());
            return true;
        }).orElse(false);
    }

    /** Removes one of the person's own passkeys; false when it is not theirs (or gone). */
    boolean remove(String signInName, String id) {
        return owned(signInName, id).map(record -> {
            credentials.delete(record.getCredentialId());
            return true;
        }).orElse(false);
    }

    /** Removes every passkey of the person (the schema removes their credentials with the entity). */
    void removeAll(String signInName) {
        Optional.ofNullable(users.findByUsername(signInName)).ifPresent(user -> users.delete(user.getId()));
    }

    private Optional<CredentialRecord> owned(String signInName, String id) {
        Bytes credentialId;
        try {
            credentialId = Bytes.fromBase64(id);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        Optional<PublicKeyCredentialUserEntity> user = Optional.ofNullable(users.findByUsername(signInName));
        return Optional.ofNullable(credentials.findByCredentialId(credentialId))
                .filter(record -> user.isPresent() && record.getUserEntityUserId().equals(user.get().getId()));
    }

    private List<CredentialRecord> records(String signInName) {
        PublicKeyCredentialUserEntity user = users.findByUsername(signInName);
        return user == null ? List.of() : credentials.findByUserId(user.getId());
    }
}
