package org.staffroom.subjectgroup;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SubjectGroupRepository extends JpaRepository<SubjectGroup, Long> {

    // The column's _ci collation makes "contains" case-insensitive without lower().
    List<SubjectGroup> findByNameContaining(String name, Pageable pageable);

    long countByNameContaining(String name);

    @Query("select count(s) from Staff s where s.subjectGroup.id = :groupId")
    long countStaff(long groupId);

    /** Versioned, so an admin editing one of these people meanwhile gets a stale-edit message. */
    @Modifying
    @Query("update versioned Staff s set s.subjectGroup = null where s.subjectGroup.id = :groupId")
    int unassignStaff(long groupId);
}
