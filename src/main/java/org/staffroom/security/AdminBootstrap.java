package org.staffroom.security;

import java.io.PrintStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.staffroom.staff.StaffService;

/**
 * Creates the first administrator when the staff table is empty. There is no default
 * password: it comes from configuration or is random and shown once on the console.
 * Either way it was chosen by someone else, so it must be changed at first sign-in.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final StaffService staffService;
    private final PasswordEncoder passwordEncoder;
    private final String email;
    private final String configuredPassword;
    private final PrintStream console;

    AdminBootstrap(StaffService staffService, PasswordEncoder passwordEncoder,
            @Value("${staffroom.admin.email:admin@school.example}") String email,
            @Value("${staffroom.admin.password:}") String configuredPassword) {
        this.staffService = staffService;
        this.passwordEncoder = passwordEncoder;
        this.email = email;
        this.configuredPassword = configuredPassword;
        this.console = System.out;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (staffService.count() > 0) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? RandomPasswords.generate() : configuredPassword;
        staffService.createFirstAdministrator(email, passwordEncoder.encode(password)).ifPresent(admin -> {
            log.info("event=bootstrap-admin user={} outcome=created passwordSource={}",
                    admin.getEmail(), generated ? "generated" : "configuration");
            if (generated) {
                // Printed, not logged: the console is read once, log files are kept and shipped.
                console.printf("%n========================================================================%n"
                        + "  Staffroom created the first administrator.%n"
                        + "    Sign in as: %s%n"
                        + "    Password:   %s%n"
                        + "  It is shown only this once and must be changed at first sign-in.%n"
                        + "========================================================================%n%n",
                        admin.getEmail(), password);
            }
        });
    }
}
