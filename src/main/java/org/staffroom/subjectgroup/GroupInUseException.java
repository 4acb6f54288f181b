package org.staffroom.subjectgroup;

import org.staffroom.base.domain.UserFacingException;

/** Staff were assigned to a group that was about to be deleted without unassigning them. */
public class GroupInUseException extends UserFacingException {

    GroupInUseException(String groupName, long staffCount) {
        super("subjectgroup.error.in-use", null, groupName, staffCount);
    }
}
