package org.staffroom.subjectgroup;


/**
 * Who belongs to a subject group. The people live in the staff feature, which depends on
 * subject groups and implements this port, so subject groups never name a staff class or table.
 */
public interface GroupMembers {

    long count(long groupId);

    /**
     * Leaves every member of the group without one, in the caller's transaction, and records
     * it in their history. Their versions move on, so an administrator editing one of them
     * meanwhile gets a stale-edit message. The transaction must not change a member otherwise.
     */
    void unassignAll(long groupId);
}
