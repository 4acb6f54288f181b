-- Brute-force protection and session revocation live in the database, so that every
-- app node behind the proxy sees the same counters, locks and revocations.

-- Bumped whenever a person's sessions must end (password change, disable, reset).
ALTER TABLE staff ADD COLUMN session_generation INT NOT NULL DEFAULT 0;

-- Failed sign-ins per account. Kept apart from staff so that a guessing attack never
-- bumps the row version an administrator is editing.
CREATE TABLE account_lock (
    staff_id           BIGINT       NOT NULL,
    failures           INT          NOT NULL DEFAULT 0,
    window_started_at  DATETIME(6)  NOT NULL,
    locked_until       DATETIME(6)  NULL,
    lock_level         INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (staff_id),
    CONSTRAINT fk_account_lock_staff FOREIGN KEY (staff_id) REFERENCES staff (id) ON DELETE CASCADE,
    CONSTRAINT ck_account_lock_counts CHECK (failures >= 0 AND lock_level >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Failed sign-ins per client address, across all accounts.
CREATE TABLE address_throttle (
    address            VARCHAR(45)  NOT NULL,
    failures           INT          NOT NULL DEFAULT 0,
    window_started_at  DATETIME(6)  NOT NULL,
    blocked_until      DATETIME(6)  NULL,
    PRIMARY KEY (address),
    INDEX ix_address_throttle_window (window_started_at)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;
