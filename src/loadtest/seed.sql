-- Staffroom load-test data. Run by seed.sh, which sets @load_users, @seed_staff and @template
-- first; the SQL alone can be run the same way with the mariadb client:
--   SET @load_users = 300, @seed_staff = 1000000, @template = 'admin@school.example'; SOURCE seed.sql;
-- (a) @load_users administrators load-1@school.example .. load-N@school.example with the
--     password hash of @template (so they sign in with that account's password), no second
--     factor, no forced password change;
-- (b) @seed_staff staff rows seed1@load.example .. from MariaDB's sequence engine in one
--     INSERT … SELECT, names and groups spread like StaffGridBenchmark's (20 groups
--     'Load group 1..20', every 25th person without one, every 50th an admin, every 100th
--     disabled, every 20th must change the password). Their hashes are not real: nobody signs in as them.
-- Running it again adds nothing that is already there.

SET NAMES utf8mb4 COLLATE utf8mb4_unicode_ci;
-- A variable keeps the collation it was set with; the staff table's is utf8mb4_unicode_ci.
SET @template = CONVERT(@template USING utf8mb4) COLLATE utf8mb4_unicode_ci;

-- The first administrator changes the password at the first sign-in; a load test skips that.
UPDATE staff SET must_change_password = 0 WHERE email = @template;

SET @hash = (SELECT password_hash FROM staff WHERE email = @template);
SET @sql = CONCAT(
    'INSERT IGNORE INTO staff (email, first_name, last_name, password_hash, role, enabled, must_change_password) ',
    'SELECT CONCAT(''load-'', seq, ''@school.example''), ''Load'', CONCAT(''User '', seq), @hash, ''ADMIN'', TRUE, FALSE ',
    'FROM seq_1_to_', GREATEST(@load_users, 1), ' WHERE @load_users > 0 AND @hash IS NOT NULL');
PREPARE load_users FROM @sql;
EXECUTE load_users;
DEALLOCATE PREPARE load_users;
SELECT COUNT(*) AS load_users FROM staff WHERE email LIKE 'load-%@school.example';

INSERT IGNORE INTO subject_group (name) SELECT CONCAT('Load group ', seq) FROM seq_1_to_20;
SET @already = (SELECT COUNT(*) FROM staff WHERE email LIKE 'seed%@load.example');

SET @sql = CONCAT(
    'INSERT INTO staff (email, first_name, last_name, password_hash, role, subject_group_id, enabled, must_change_password) ',
    'SELECT CONCAT(''seed'', seq, ''@load.example''), ',
    'ELT(1 + seq % 24, ''Amelia'',''Ben'',''Chloé'',''Dawit'',''Eleanor'',''Farid'',''Grace'',''Hiroshi'',''Isla'',',
    '''Jakob'',''Kavya'',''Liam'',''Mei'',''Noah'',''Olivia'',''Paweł'',''Quinn'',''Rosa'',''Sven'',''Thi'',''Uma'',''Viktor'',''Wen'',''Yusuf''), ',
    'CONCAT(ELT(1 + (seq DIV 24) % 30, ''Anders'',''Brenn'',''Costa'',''Dubois'',''Evans'',''Fisch'',''García'',''Hughes'',',
    '''Ivanov'',''Jones'',''Kowal'',''Lind'',''Müller'',''Nguyễn'',''O''''Connor'',''Patel'',''Quirk'',''Rossi'',''Smith'',''Tanaka'',',
    '''Ueda'',''Vogel'',''Weber'',''Xu'',''Young'',''Zimmer'',''Ōtsuka'',''Schmidt'',''Wang'',''Kim''), ',
    'ELT(1 + (seq DIV 720) % 10, '''',''son'',''berg'',''mann'',''ley'',''ford'',''stein'',''sen'',''ova'',''ez'')), ',
    '''{bcrypt}not-a-real-hash'', IF(seq % 50 = 0, ''ADMIN'', ''STAFF''), ',
    'IF(seq % 25 = 0, NULL, g.id), seq % 100 <> 0, seq % 20 = 0 ',
    'FROM seq_', @already + 1, '_to_', GREATEST(@seed_staff, @already + 1), ' ',
    -- The groups by their position, so their ids need not be consecutive (the foreign key is not checked here).
    'JOIN load_group g ON g.n = seq % 20 WHERE seq <= @seed_staff');
-- A copy: staff's triggers count members on subject_group, which the INSERT … SELECT may then not read.
CREATE TEMPORARY TABLE load_group (n INT PRIMARY KEY, id BIGINT NOT NULL)
    SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS n, id FROM subject_group WHERE name LIKE 'Load group %';
-- One session, so the relaxed checks cover the insert; the generated rows are valid.
SET SESSION unique_checks = 0, foreign_key_checks = 0;
PREPARE seed_staff FROM @sql;
EXECUTE seed_staff;
DEALLOCATE PREPARE seed_staff;
SET SESSION unique_checks = 1, foreign_key_checks = 1;
ANALYZE TABLE staff, subject_group;
SELECT COUNT(*) AS staff_rows FROM staff;
