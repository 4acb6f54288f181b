package org.staffroom.subjectgroup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.staffroom.base.domain.AbstractEntity;

@Entity
@Table(name = "subject_group")
public class SubjectGroup extends AbstractEntity {

    public static final int NAME_MAX_LENGTH = 60;

    @NotBlank
    @Size(max = NAME_MAX_LENGTH)
    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

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

    @Override
    public String toString() {
        return name;
    }
}
