package org.staffroom.staff;

import java.io.PrintStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.staffroom.base.config.StaffroomProperties;
import org.staffroom.security.RandomPasswords;
import org.staffroom.security.Role;

/**
 * Creates the first administrator when there are no accounts at all; an empty table is its
 * only precondition, so it needs no signed-in user. There is no default password: it comes
 * from configuration or is random and shown once on the console. Either way it was chosen
 * by someone else, so it must be changed at first sign-in. Nodes that start together on an
 * empty database may all find it empty; the unique e-mail (or Galera's certification) lets one
 * of them create the administrator, and the others go on without.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final StaffRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final StaffroomProperties.Admin settings;
    private final PrintStream console;

    FirstAdministrator(StaffRepository repository, PasswordEncoder passwordEncoder, StaffroomProperties properties) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.settings = properties.admin();
        this.console = System.out;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        boolean generated = settings.password().isBlank();
        String password = generated ? RandomPasswords.generate() : settings.password();
        Staff admin = new Staff(settings.email(), "Staffroom", "Administrator", Role.ADMIN);
        admin.setPasswordHash(passwordEncoder.encode(password));
        admin.setMustChangePassword(true);
        try {
            repository.saveAndFlush(admin);
        } catch (DataIntegrityViolationException | ConcurrencyFailureException anotherNodeWasFirst) {
            if (repository.count() == 0) {
                throw anotherNodeWasFirst;
            }
            log.info("event=bootstrap-admin user={} outcome=created-by-another-node", settings.email());
            return;
        }
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
    }
}
