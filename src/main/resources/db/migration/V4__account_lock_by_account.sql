-- Sign-in locks belong to the security feature, which knows accounts, not staff: the key
-- is the account's id (the same value as staff.id, which the foreign key still guards).
ALTER TABLE account_lock RENAME COLUMN staff_id TO account_id;
