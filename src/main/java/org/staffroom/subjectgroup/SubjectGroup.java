package org.staffroom.subjectgroup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;
import org.staffroom.base.domain.AbstractEntity;
import org.staffroom.base.domain.PlainText;

@Entity
@Audited
@Table(name = "subject_group")
public class SubjectGroup extends AbstractEntity {

    public static final int NAME_MAX_LENGTH = 60;

    @NotBlank
    @PlainText
    @Size(max = NAME_MAX_LENGTH)
    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    // Filled in by SubjectGroupService for the page of groups a grid shows, with one
    // GROUP BY; a @Formula would count for every staff row that loads its group.
    @Transient
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
        this.name = normalized(name);
    }

    public long getStaffCount() {
        return staffCount;
    }

    void setStaffCount(long staffCount) {
        this.staffCount = staffCount;
    }

    @Override
    public String toString() {
        return name;
    }
}
