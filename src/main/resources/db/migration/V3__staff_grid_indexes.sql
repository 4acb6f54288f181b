-- The staff grid sorts and filters by role and by status too; with the name as tail
-- each of these reads one index range in order instead of sorting the whole table.
CREATE INDEX ix_staff_role_name ON staff (role, last_name, first_name, id);
CREATE INDEX ix_staff_status_name ON staff (enabled, must_change_password, last_name, first_name, id);
