-- Second factors: authenticator apps (TOTP) with recovery codes, and passkeys (WebAuthn).

-- One authenticator app per account. The secret is AES-GCM encrypted with a key derived from
-- staffroom.secret-key; confirmed_at stays NULL until the person proved it with a code.
-- last_used_step makes every code work once, on whichever node it arrives.
CREATE TABLE totp_factor (
    account_id      BIGINT        NOT NULL,
    secret          VARBINARY(64) NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    confirmed_at    DATETIME(6)   NULL,
    last_used_step  BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id),
    CONSTRAINT fk_totp_factor_account FOREIGN KEY (account_id) REFERENCES staff (id) ON DELETE CASCADE,
    CONSTRAINT ck_totp_factor_step CHECK (last_used_step >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One-time recovery codes, stored as HMAC-SHA256 under a key derived from staffroom.secret-key.
CREATE TABLE recovery_code (
    account_id  BIGINT       NOT NULL,
    code_hash   CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    used_at     DATETIME(6)  NULL,
    PRIMARY KEY (account_id, code_hash),
    CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES staff (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Spring Security's passkey tables (JdbcPublicKeyCredentialUserEntityRepository and
-- JdbcUserCredentialRepository), with their columns and names. Their varchar(1000) keys hold
-- base64url and are ASCII here: in utf8mb4 they would exceed InnoDB's 3072-byte index limit.
-- The user entity's name is the account's e-mail: it follows an e-mail change and goes with
-- the account, and the credentials go with their user entity.
CREATE TABLE user_entities (
    id            VARCHAR(1000) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name          VARCHAR(254)  NOT NULL,
    display_name  VARCHAR(200)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_user_entities_name UNIQUE (name),
    CONSTRAINT fk_user_entities_account FOREIGN KEY (name) REFERENCES staff (email)
        ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_credentials (
    credential_id                 VARCHAR(1000) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    user_entity_user_id           VARCHAR(1000) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    public_key                    BLOB          NOT NULL,
    signature_count               BIGINT        NULL,
    uv_initialized                BOOLEAN       NULL,
    backup_eligible               BOOLEAN       NOT NULL,
    authenticator_transports      VARCHAR(1000) NOT NULL DEFAULT '',
    public_key_credential_type    VARCHAR(100)  NULL,
    backup_state                  BOOLEAN       NOT NULL,
    attestation_object            MEDIUMBLOB    NULL,
    attestation_client_data_json  MEDIUMBLOB    NULL,
    created                       DATETIME(6)   NOT NULL,
    last_used                     DATETIME(6)   NOT NULL,
    label                         VARCHAR(1000) NOT NULL,
    PRIMARY KEY (credential_id),
    INDEX ix_user_credentials_user (user_entity_user_id),
    CONSTRAINT fk_user_credentials_user FOREIGN KEY (user_entity_user_id) REFERENCES user_entities (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_user_credentials_label CHECK (CHAR_LENGTH(TRIM(label)) BETWEEN 1 AND 100
        AND label NOT REGEXP '[[:cntrl:]]')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- "Sessions and devices" shows where and in which browser each session signed in, and a
-- person can end one of them: it then ends at its next request, on any node.
ALTER TABLE signed_in_session
    ADD COLUMN address     VARCHAR(45)  CHARACTER SET ascii COLLATE ascii_bin NULL,
    ADD COLUMN user_agent  VARCHAR(255) NULL,
    ADD COLUMN ended       BOOLEAN      NOT NULL DEFAULT FALSE;
