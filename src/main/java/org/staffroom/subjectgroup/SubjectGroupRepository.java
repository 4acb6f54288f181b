package org.staffroom.subjectgroup;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubjectGroupRepository extends JpaRepository<SubjectGroup, Long> {

    // The column's _ci collation makes "contains" case-insensitive without lower().
    List<SubjectGroup> findByNameContaining(String name, Pageable pageable);

    long countByNameContaining(String name);
}
