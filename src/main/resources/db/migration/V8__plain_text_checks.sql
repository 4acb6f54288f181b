-- The schema backs @PlainText: no control characters in what people read (V7 cleaned the old rows).
ALTER TABLE staff
    ADD CONSTRAINT ck_staff_email_plain CHECK (email NOT REGEXP '[[:cntrl:]]'),
    ADD CONSTRAINT ck_staff_first_name_plain CHECK (first_name NOT REGEXP '[[:cntrl:]]'),
    ADD CONSTRAINT ck_staff_last_name_plain CHECK (last_name NOT REGEXP '[[:cntrl:]]');
ALTER TABLE subject_group
    ADD CONSTRAINT ck_subject_group_name_plain CHECK (name NOT REGEXP '[[:cntrl:]]');
