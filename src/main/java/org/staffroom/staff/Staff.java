package org.staffroom.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.staffroom.base.domain.AbstractEntity;
import org.staffroom.base.domain.PlainText;
import org.staffroom.security.PasswordPolicy;
import org.staffroom.security.Role;
import org.staffroom.subjectgroup.SubjectGroup;

/** A member of staff; every change to what an administrator sees of them is kept in the history (Envers). */
@Entity
@Audited
@Table(name = "staff")
public class Staff extends AbstractEntity {

    public static final int EMAIL_MAX_LENGTH = 254;
    public static final int NAME_MAX_LENGTH = 60;

    @NotBlank
    @PlainText
    @Email
    @Size(max = EMAIL_MAX_LENGTH)
    @Column(nullable = false, length = EMAIL_MAX_LENGTH)
    private String email;

    @NotBlank
    @PlainText
    @Size(max = NAME_MAX_LENGTH)
    @Column(name = "first_name", nullable = false, length = NAME_MAX_LENGTH)
    private String firstName;

    @NotBlank
    @PlainText
    @Size(max = NAME_MAX_LENGTH)
    @Column(name = "last_name", nullable = false, length = NAME_MAX_LENGTH)
    private String lastName;

    @NotAudited
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    // The history's stand-in for the hash: it says when a password was set, never what it was.
    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role = Role.STAFF;

    // The history keeps the group's id; StaffHistoryService names it as it is called now.
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_group_id")
    private SubjectGroup subjectGroup;

    @Column(nullable = false)
    private boolean enabled = true;

    @NotAudited
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword = true;

    @NotAudited
    @Column(name = "session_generation", nullable = false)
    private int sessionGeneration;

    // Whether security's SignInThrottle holds a sign-in lock; StaffService fills it in for the rows it hands out.
    @Transient
    private boolean locked;

    protected Staff() {
        // for JPA and Binder
    }

    /** An empty person for a form to fill in. */
    public static Staff draft() {
        return new Staff();
    }

    public Staff(String email, String firstName, String lastName, Role role) {
        setEmail(email);
        setFirstName(firstName);
        setLastName(lastName);
        setRole(role);
    }

    public String getEmail() {
        return email;
    }

    /** E-mail addresses are compared without case, so they are stored in lower case. */
    public void setEmail(String email) {
        String value = normalized(email);
        this.email = value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = normalized(firstName);
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = normalized(lastName);
    }

    /** Whose password it is, for the password policy's personal-words rule. */
    public PasswordPolicy.Person passwordOwner() {
        return new PasswordPolicy.Person(email, firstName, lastName);
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /** Stores an encoded password; the history records that it changed, and when. */
    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = Instant.now();
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public SubjectGroup getSubjectGroup() {
        return subjectGroup;
    }

    public void setSubjectGroup(SubjectGroup subjectGroup) {
        this.subjectGroup = subjectGroup;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }

    public boolean isLocked() {
        return locked;
    }

    void setLocked(boolean locked) {
        this.locked = locked;
    }

    public StaffStatus getStatus() {
        if (!enabled) {
            return StaffStatus.DISABLED;
        }
        if (isLocked()) {
            return StaffStatus.LOCKED;
        }
        return mustChangePassword ? StaffStatus.MUST_CHANGE_PASSWORD : StaffStatus.ACTIVE;
    }

    /** Sessions opened before this value changed are ended at their next request. */
    public int getSessionGeneration() {
        return sessionGeneration;
    }

    void endSessions() {
        sessionGeneration++;
    }

    @Override
    public String toString() {
        return getFullName() + " <" + email + ">";
    }
}
