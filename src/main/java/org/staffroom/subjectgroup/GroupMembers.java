package org.staffroom.subjectgroup;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;

/**
 * Who belongs to a subject group. The people live in the staff feature, which depends on
 * subject groups and implements this port, so subject groups never name a staff class or table.
 */
public interface GroupMembers {

    /** The number of members of each of {@code groupIds}; groups without members are left out. */
    Map<Long, Long> countByGroup(Collection<Long> groupIds);

    long count(long groupId);

    /**
     * Leaves every member of the group without one, in the caller's transaction, and records
     * it in their history. Their versions move on, so an administrator editing one of them
     * meanwhile gets a stale-edit message. The transaction must not change a member otherwise.
     */
    void unassignAll(long groupId);

    /** The ids of the groups whose name contains {@code name}, by member count, then name and id. */
    List<Long> groupIdsByMemberCount(String name, boolean ascending, Pageable page);
}
