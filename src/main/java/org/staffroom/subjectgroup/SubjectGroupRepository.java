package org.staffroom.subjectgroup;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubjectGroupRepository extends JpaRepository<SubjectGroup, Long> {

    Optional<SubjectGroup> findByNameIgnoreCase(String name);
}
