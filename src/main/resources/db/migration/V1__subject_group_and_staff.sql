-- utf8mb4_unicode_ci exists on MariaDB 10.11 and 11.4 alike; it makes the unique keys
-- case-insensitive and ignores trailing spaces, which is what "Maths" = "maths " needs.
-- The application trims; the CHECK constraints make sure nothing else slips past. They
-- compare lengths and utf8mb4_bin because the PAD SPACE _ci collation calls 'A ' and 'a' equal.

CREATE TABLE subject_group (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    version     BIGINT       NOT NULL DEFAULT 0,
    name        VARCHAR(60)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at  DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_subject_group_name UNIQUE (name),
    CONSTRAINT ck_subject_group_name CHECK (CHAR_LENGTH(name) BETWEEN 1 AND 60 AND CHAR_LENGTH(TRIM(name)) = CHAR_LENGTH(name))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE staff (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    version               BIGINT        NOT NULL DEFAULT 0,
    email                 VARCHAR(254)  NOT NULL,
    first_name            VARCHAR(60)   NOT NULL,
    last_name             VARCHAR(60)   NOT NULL,
    password_hash         VARCHAR(255)  NOT NULL,
    role                  VARCHAR(16)   NOT NULL,
    subject_group_id      BIGINT        NULL,
    enabled               BOOLEAN       NOT NULL DEFAULT TRUE,
    must_change_password  BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at            DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at            DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_staff_email UNIQUE (email),
    -- The staff grid sorts by name (the default), first name and e-mail, and filters
    -- by subject group. The id tail keeps paging stable among equal names; the
    -- subject-group index also serves the foreign key.
    INDEX ix_staff_last_first (last_name, first_name, id),
    INDEX ix_staff_first_last (first_name, last_name, id),
    INDEX ix_staff_subject_group_name (subject_group_id, last_name, first_name, id),
    -- Deleting a group in use is refused here; the service unassigns its staff first.
    CONSTRAINT fk_staff_subject_group FOREIGN KEY (subject_group_id)
        REFERENCES subject_group (id) ON DELETE RESTRICT,
    CONSTRAINT ck_staff_email CHECK (CHAR_LENGTH(email) BETWEEN 3 AND 254
        AND CHAR_LENGTH(TRIM(email)) = CHAR_LENGTH(email) AND email COLLATE utf8mb4_bin = LOWER(email) AND email LIKE '%_@_%'),
    CONSTRAINT ck_staff_first_name CHECK (CHAR_LENGTH(first_name) BETWEEN 1 AND 60 AND CHAR_LENGTH(TRIM(first_name)) = CHAR_LENGTH(first_name)),
    CONSTRAINT ck_staff_last_name CHECK (CHAR_LENGTH(last_name) BETWEEN 1 AND 60 AND CHAR_LENGTH(TRIM(last_name)) = CHAR_LENGTH(last_name)),
    CONSTRAINT ck_staff_role CHECK (role IN ('ADMIN', 'STAFF'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
