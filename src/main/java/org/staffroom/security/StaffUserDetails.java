package org.staffroom.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.staffroom.staff.Staff;

/** The signed-in person as the session holds it: the sign-in name plus what the UI shows. */
public class StaffUserDetails extends User {

    private final long staffId;
    private final String fullName;
    private final int sessionGeneration;

    // Always enabled and unlocked here: StaffAuthenticationProvider checks both only after
    // the password, so every refusal takes the same time and says the same thing.
    StaffUserDetails(Staff staff) {
        super(staff.getEmail(), staff.getPasswordHash(),
                List.of(new SimpleGrantedAuthority(staff.getRole().authority())));
        this.staffId = staff.getId();
        this.fullName = staff.getFullName();
        this.sessionGeneration = staff.getSessionGeneration();
    }

    public long getStaffId() {
        return staffId;
    }

    int sessionGeneration() {
        return sessionGeneration;
    }

    String fullName() {
        return fullName;
    }
}
