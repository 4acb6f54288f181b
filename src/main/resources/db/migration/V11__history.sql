-- The history of staff and subject groups, written by Hibernate Envers: one revision per
-- committed change (when, who, from where, on what occasion), and per changed row its values
-- at that revision with a flag for each field that changed. No foreign key to staff: the
-- history outlives the account it names. Deleting a revision (retention) takes its rows along.
CREATE TABLE revinfo (
    rev         BIGINT        NOT NULL AUTO_INCREMENT,
    revtstmp    BIGINT        NOT NULL,
    actor_id    BIGINT        NULL,
    actor_name  VARCHAR(121)  NOT NULL,
    address     VARCHAR(45)   CHARACTER SET ascii COLLATE ascii_bin NULL,
    occasion    VARCHAR(20)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    PRIMARY KEY (rev),
    INDEX ix_revinfo_time (revtstmp)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE subject_group_aud (
    id        BIGINT       NOT NULL,
    rev       BIGINT       NOT NULL,
    revtype   TINYINT      NOT NULL,
    name      VARCHAR(60)  NULL,
    name_mod  BOOLEAN      NULL,
    PRIMARY KEY (id, rev),
    INDEX ix_subject_group_aud_type (revtype, rev),
    CONSTRAINT fk_subject_group_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- When a password was last set: the history says "password reset", never the hash.
ALTER TABLE staff ADD COLUMN password_changed_at DATETIME(6) NULL;

CREATE TABLE staff_aud (
    id                       BIGINT        NOT NULL,
    rev                      BIGINT        NOT NULL,
    revtype                  TINYINT       NOT NULL,
    email                    VARCHAR(254)  NULL,
    email_mod                BOOLEAN       NULL,
    first_name               VARCHAR(60)   NULL,
    first_name_mod           BOOLEAN       NULL,
    last_name                VARCHAR(60)   NULL,
    last_name_mod            BOOLEAN       NULL,
    role                     VARCHAR(16)   NULL,
    role_mod                 BOOLEAN       NULL,
    subject_group_id         BIGINT        NULL,
    subject_group_mod        BOOLEAN       NULL,
    enabled                  BOOLEAN       NULL,
    enabled_mod              BOOLEAN       NULL,
    password_changed_at      DATETIME(6)   NULL,
    password_changed_at_mod  BOOLEAN       NULL,
    PRIMARY KEY (id, rev),
    -- "Deleted staff", newest first.
    INDEX ix_staff_aud_type (revtype, rev),
    CONSTRAINT fk_staff_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What exists already is where the history starts: one revision by "system".
INSERT INTO revinfo (revtstmp, actor_name, occasion)
    SELECT ROUND(UNIX_TIMESTAMP(NOW(3)) * 1000), 'system', 'HISTORY_START' FROM DUAL
    WHERE EXISTS (SELECT 1 FROM staff) OR EXISTS (SELECT 1 FROM subject_group);
SET @history_start = (SELECT MAX(rev) FROM revinfo);
INSERT INTO subject_group_aud (id, rev, revtype, name, name_mod)
    SELECT id, @history_start, 0, name, TRUE FROM subject_group;
INSERT INTO staff_aud (id, rev, revtype, email, email_mod, first_name, first_name_mod, last_name, last_name_mod,
        role, role_mod, subject_group_id, subject_group_mod, enabled, enabled_mod, password_changed_at,
        password_changed_at_mod)
    SELECT id, @history_start, 0, email, TRUE, first_name, TRUE, last_name, TRUE, role, TRUE, subject_group_id, TRUE,
        enabled, TRUE, NULL, FALSE FROM staff;
