-- The security log, kept in the database and not only in log files: sign-ins and their
-- failures, locks, password and second-factor changes, sign-outs, ended sessions, refused
-- access. No foreign key to staff: an entry outlives the account it names.
CREATE TABLE security_event (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at   DATETIME(6)   NOT NULL,
    event         VARCHAR(40)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    outcome       VARCHAR(40)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    reason        VARCHAR(60)   CHARACTER SET ascii COLLATE ascii_bin NULL,
    account_id    BIGINT        NULL,
    sign_in_name  VARCHAR(254)  NULL,
    actor         VARCHAR(254)  NULL,
    address       VARCHAR(45)   CHARACTER SET ascii COLLATE ascii_bin NULL,
    user_agent    VARCHAR(160)  NULL,
    node          VARCHAR(64)   NOT NULL,
    detail        VARCHAR(255)  NULL,
    PRIMARY KEY (id),
    INDEX ix_security_event_time (occurred_at, id),
    INDEX ix_security_event_account_time (account_id, occurred_at, id),
    INDEX ix_security_event_event_time (event, occurred_at, id),
    INDEX ix_security_event_name_time (sign_in_name, occurred_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
