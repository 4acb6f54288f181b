package org.staffroom.history;

import org.hibernate.envers.RevisionListener;
import org.staffroom.security.Actor;

/**
 * Signs each revision with the person making it and their address. Envers calls it on the
 * thread that commits, so the signed-in person and the request are still at hand; scheduled
 * work and start-up work have neither and are signed "system".
 */
class RevisionAuthor implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        Actor actor = Actor.current();
        ((Revision) revisionEntity).stamp(actor.accountId(), actor.name(), actor.address(), Occasion.EDIT);
    }
}
