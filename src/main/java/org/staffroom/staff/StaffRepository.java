package org.staffroom.staff;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface StaffRepository extends JpaRepository<Staff, Long> {

    @EntityGraph(attributePaths = "subjectGroup")
    Optional<Staff> findByEmail(String email);
}
