-- Each group keeps its number of members, kept right by triggers on staff, so a page of groups
-- reads its counts instead of counting every member's index entry (a million staff took 1-2 s).
-- The triggers run AFTER the row is written: MariaDB 11.4 fills the rows of an INSERT … SELECT
-- with NULLs when a table has both CHECK constraints and a BEFORE INSERT trigger. Two people
-- joining or leaving one group at the same instant may then deadlock (the foreign key check's
-- shared lock on the group, then the count's exclusive one), and one of the saves is refused.
-- The triggers come first and the counts after them, so a write from a node still running the
-- old version during the upgrade is never left uncounted.
ALTER TABLE subject_group
    ADD COLUMN member_count BIGINT NOT NULL DEFAULT 0,
    ADD CONSTRAINT ck_subject_group_member_count CHECK (member_count >= 0);

CREATE TRIGGER tr_staff_joins_group AFTER INSERT ON staff FOR EACH ROW
    UPDATE subject_group SET member_count = member_count + 1 WHERE id = NEW.subject_group_id;

DELIMITER //
CREATE TRIGGER tr_staff_changes_group AFTER UPDATE ON staff FOR EACH ROW
BEGIN
    -- Most updates leave the group alone; they must not lock its row.
    IF NOT (OLD.subject_group_id <=> NEW.subject_group_id) THEN
        -- One statement for both groups, which it locks in key order.
        UPDATE subject_group
           SET member_count = member_count + IF(id = NEW.subject_group_id, 1, -1)
         WHERE id IN (OLD.subject_group_id, NEW.subject_group_id);
    END IF;
END//
DELIMITER ;

CREATE TRIGGER tr_staff_leaves_group AFTER DELETE ON staff FOR EACH ROW
    UPDATE subject_group SET member_count = member_count - 1 WHERE id = OLD.subject_group_id;

UPDATE subject_group g SET member_count = (SELECT COUNT(*) FROM staff s WHERE s.subject_group_id = g.id);
