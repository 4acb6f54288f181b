package org.staffroom.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.staffroom.staff.Staff;

/** The signed-in person as the session holds it: the sign-in name plus what the UI shows. */
class StaffUserDetails extends User {

    private final String fullName;

    StaffUserDetails(Staff staff) {
        super(staff.getEmail(), staff.getPasswordHash(), staff.isEnabled(), true, true, true,
                List.of(new SimpleGrantedAuthority(staff.getRole().authority())));
        this.fullName = staff.getFullName();
    }

    String fullName() {
        return fullName;
    }
}
