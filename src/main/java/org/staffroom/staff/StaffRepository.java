package org.staffroom.staff;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.staffroom.security.Role;

interface StaffRepository extends JpaRepository<Staff, Long> {

    String DIRECTORY_ENTRY = "select new org.staffroom.staff.DirectoryEntry(s.id, s.firstName, s.lastName, s.email, g.name)"
            + " from Staff s left join s.subjectGroup g";

    @EntityGraph(attributePaths = "subjectGroup")
    Optional<Staff> findByEmail(String email);

    @Query("select s from Staff s left join fetch s.subjectGroup where s.id in :ids")
    List<Staff> findWithSubjectGroupByIdIn(Collection<Long> ids);

    @Query("select s from Staff s left join fetch s.subjectGroup where s.email in :emails")
    List<Staff> findWithSubjectGroupByEmailIn(Collection<String> emails);

    @Query("select s.id from Staff s where s.role = org.staffroom.security.Role.ADMIN and s.enabled = true")
    List<Long> findActiveAdministratorIds();

    /** Locks the active administrators' rows, so two admins cannot demote each other at once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Staff s where s.role = org.staffroom.security.Role.ADMIN and s.enabled = true")
    List<Staff> lockActiveAdministrators();

    boolean existsByIdAndEnabledTrueAndSessionGenerationAndEmailAndRole(long id, int sessionGeneration, String email,
            Role role);

    /** Not versioned: the same password, so an administrator editing the person meanwhile loses nothing. */
    @Modifying
    @Query("update Staff s set s.passwordHash = :passwordHash where s.id = :id")
    int updatePasswordHash(long id, String passwordHash);

    /** Not versioned: ending sessions changes nothing an administrator edits. */
    @Modifying
    @Query("update Staff s set s.sessionGeneration = s.sessionGeneration + 1 where s.id = :id")
    int endSessions(long id);

    @Query("select s.mustChangePassword from Staff s where s.id = :id")
    Optional<Boolean> findMustChangePasswordById(long id);

    @Query(DIRECTORY_ENTRY + " where s.id in :ids")
    List<DirectoryEntry> findDirectoryByIdIn(Collection<Long> ids);

    @Query(DIRECTORY_ENTRY + " where s.email = :email")
    Optional<DirectoryEntry> findDirectoryEntryByEmail(String email);

    long countBySubjectGroupId(long groupId);

    /** Versioned, so an admin editing one of these people meanwhile gets a stale-edit message. */
    @Modifying
    @Query("update versioned Staff s set s.subjectGroup = null where s.subjectGroup.id = :groupId")
    int unassignSubjectGroup(long groupId);
}
