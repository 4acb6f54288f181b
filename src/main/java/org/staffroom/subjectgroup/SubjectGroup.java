package org.staffroom.subjectgroup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
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

    // Kept by the schema's triggers on staff (V13), so the app only reads it. Not history:
    // each member's own history records their joining and leaving.
    @NotAudited
    @Column(name = "member_count", insertable = false, updatable = false)
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

    @Override
    public String toString() {
        return name;
    }
}
