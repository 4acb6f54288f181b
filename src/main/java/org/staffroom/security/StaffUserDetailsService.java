package org.staffroom.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.staffroom.staff.Staff;
import org.staffroom.staff.StaffService;

/** Staff are the users: the e-mail address is the sign-in name. */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffService staffService;

    StaffUserDetailsService(StaffService staffService) {
        this.staffService = staffService;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        Staff staff = staffService.findByEmail(email)
                .orElseThrow(() -> new UsernameNotFoundException("No account for the given e-mail"));
        return new StaffUserDetails(staff);
    }
}
