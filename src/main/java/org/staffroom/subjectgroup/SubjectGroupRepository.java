package org.staffroom.subjectgroup;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SubjectGroupRepository extends JpaRepository<SubjectGroup, Long> {

    // The column's _ci collation makes "contains" case-insensitive without lower().
    List<SubjectGroup> findByNameContaining(String name, Pageable pageable);

    long countByNameContaining(String name);

    String NAME_CONTAINS = "g.name like %?#{escape([0])}% escape ?#{escapeCharacter()}";
    String STAFF_COUNT = "(select count(s) from Staff s where s.subjectGroup = g)";

    @Query("select g from SubjectGroup g where " + NAME_CONTAINS + " order by " + STAFF_COUNT + " asc, g.name asc, g.id")
    List<SubjectGroup> findOrderByStaffCountAsc(String name, Pageable pageable);

    @Query("select g from SubjectGroup g where " + NAME_CONTAINS + " order by " + STAFF_COUNT + " desc, g.name desc, g.id")
    List<SubjectGroup> findOrderByStaffCountDesc(String name, Pageable pageable);

    /** Group id and staff count, for the groups of one page. */
    @Query("select s.subjectGroup.id, count(s) from Staff s where s.subjectGroup.id in :groupIds group by s.subjectGroup.id")
    List<Object[]> countStaffByGroup(Collection<Long> groupIds);

    @Query("select count(s) from Staff s where s.subjectGroup.id = :groupId")
    long countStaff(long groupId);

    /** Versioned, so an admin editing one of these people meanwhile gets a stale-edit message. */
    @Modifying
    @Query("update versioned Staff s set s.subjectGroup = null where s.subjectGroup.id = :groupId")
    int unassignStaff(long groupId);
}
