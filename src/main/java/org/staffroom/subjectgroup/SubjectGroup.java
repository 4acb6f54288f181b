package org.staffroom.subjectgroup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.Formula;
import org.staffroom.base.domain.AbstractEntity;

@Entity
@Table(name = "subject_group")
public class SubjectGroup extends AbstractEntity {

    public static final int NAME_MAX_LENGTH = 60;

    @NotBlank
    @Size(max = NAME_MAX_LENGTH)
    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    // Counted by the database when the grid loads a page, never by loading the staff.
    @Formula("(select count(*) from staff s where s.subject_group_id = id)")
    private long staffCount;

    protected SubjectGroup() {
        // for JPA and Binder
    }

    public SubjectGroup(String name) {
        setName(name);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = trimmed(name);
    }

    public long getStaffCount() {
        return staffCount;
    }

    @Override
    public String toString() {
        return name;
    }
}
