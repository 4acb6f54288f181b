-- When each signed-in session started and was last used, in the database: every app node
-- sees the same times, so the idle timeout and the maximum age hold wherever a request lands.
-- The key is a random token the session holds, not the servlet session id.
CREATE TABLE signed_in_session (
    token           CHAR(43)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    account_id      BIGINT       NOT NULL,
    started_at      DATETIME(6)  NOT NULL,
    last_active_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (token),
    INDEX ix_signed_in_session_account (account_id),
    INDEX ix_signed_in_session_last_active (last_active_at),
    CONSTRAINT fk_signed_in_session_account FOREIGN KEY (account_id) REFERENCES staff (id) ON DELETE CASCADE,
    CONSTRAINT ck_signed_in_session_times CHECK (last_active_at >= started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
