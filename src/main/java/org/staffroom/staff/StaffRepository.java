package org.staffroom.staff;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface StaffRepository extends JpaRepository<Staff, Long> {

    @EntityGraph(attributePaths = "subjectGroup")
    Optional<Staff> findByEmail(String email);

    @Query("select s from Staff s left join fetch s.subjectGroup where s.id in :ids")
    List<Staff> findWithSubjectGroupByIdIn(java.util.Collection<Long> ids);

    /** Locks the active administrators' rows, so two admins cannot demote each other at once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Staff s where s.role = org.staffroom.staff.Role.ADMIN and s.enabled = true")
    List<Staff> lockActiveAdministrators();

    boolean existsByIdAndEnabledTrueAndSessionGeneration(long id, int sessionGeneration);

    @Query("select s.mustChangePassword from Staff s where s.email = :email")
    Optional<Boolean> findMustChangePasswordByEmail(String email);

    @Query("""
            select new org.staffroom.staff.DirectoryEntry(s.id, s.firstName, s.lastName, s.email, g.name)
            from Staff s left join s.subjectGroup g
            where s.enabled = true""")
    List<DirectoryEntry> findDirectory(Pageable pageable);
}
