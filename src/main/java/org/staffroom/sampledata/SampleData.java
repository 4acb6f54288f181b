package org.staffroom.sampledata;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.staffroom.base.config.StaffroomProperties;
import org.staffroom.base.db.EmbeddedMariaDb;
import org.staffroom.security.RandomPasswords;
import org.staffroom.security.Role;
import org.staffroom.security.SystemAccount;
import org.staffroom.staff.Staff;
import org.staffroom.staff.StaffService;
import org.staffroom.subjectgroup.SubjectGroup;
import org.staffroom.subjectgroup.SubjectGroupService;

/**
 * A few subject groups and a few dozen staff for a first look. On by default only with
 * the embedded database; {@code staffroom.sample-data.enabled} decides otherwise. It only
 * fills a fresh database (no subject groups, at most the first administrator).
 */
@Component
@Order(1)
class SampleData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleData.class);

    private static final List<String> GROUPS = List.of(
            "Mathematics", "English", "Science", "Modern Languages", "Humanities", "Arts", "Physical Education");

    private static final List<String> FIRST_NAMES = List.of(
            "Amelia", "Ben", "Chloé", "Dawit", "Eleanor", "Farid", "Grace", "Hiroshi", "Isla", "Jakob",
            "Kavya", "Liam", "Mei", "Noah", "Olivia", "Paweł", "Quinn", "Rosa", "Sven", "Thi");

    private static final List<String> LAST_NAMES = List.of(
            "Anderson", "Brennan", "Costa", "Dubois", "Evans", "Fischer", "García", "Hughes", "Ivanova", "Jones",
            "Kowalski", "Lindqvist", "Müller", "Nguyễn", "O'Connor", "Patel", "Quirke", "Rossi", "Smith", "Tanaka");

    private static final int STAFF_COUNT = 36;

    private final SubjectGroupService subjectGroupService;
    private final StaffService staffService;
    private final PasswordEncoder passwordEncoder;
    private final boolean enabled;

    SampleData(SubjectGroupService subjectGroupService, StaffService staffService, PasswordEncoder passwordEncoder,
            ObjectProvider<EmbeddedMariaDb> embeddedDatabase, StaffroomProperties properties) {
        this.subjectGroupService = subjectGroupService;
        this.staffService = staffService;
        this.passwordEncoder = passwordEncoder;
        Boolean configured = properties.sampleData().enabled();
        this.enabled = configured != null ? configured : embeddedDatabase.getIfAvailable() != null;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            SystemAccount.runAsAdministrator(this::insertIntoAFreshDatabase);
        }
    }

    private void insertIntoAFreshDatabase() {
        if (subjectGroupService.count() > 0 || staffService.count() > 1) {
            return;
        }
        insert();
        log.info("Sample data added: {} subject groups, {} staff (turn off with staffroom.sample-data.enabled=false)",
                GROUPS.size(), STAFF_COUNT);
    }

    private void insert() {
        List<SubjectGroup> groups = GROUPS.stream().map(subjectGroupService::create).toList();
        // Nobody knows this password: sample people sign in only after an admin resets it.
        String unknownPasswordHash = passwordEncoder.encode(RandomPasswords.generate());
        for (int i = 0; i < STAFF_COUNT; i++) {
            String first = FIRST_NAMES.get(i % FIRST_NAMES.size());
            String last = LAST_NAMES.get((i * 7) % LAST_NAMES.size());
            String email = ascii(first) + "." + ascii(last) + i + "@school.example";
            Staff staff = new Staff(email, first, last, i % 12 == 0 ? Role.ADMIN : Role.STAFF);
            staff.setSubjectGroup(i % 9 == 8 ? null : groups.get(i % groups.size()));
            staffService.createAccount(staff, unknownPasswordHash);
        }
    }

    private static String ascii(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("[^A-Za-z]", "")
                .toLowerCase(java.util.Locale.ROOT);
    }
}
