package org.staffroom.history;

import org.hibernate.envers.RevisionListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.staffroom.security.Actor;

/**
 * Signs each revision with the person making it and their address. Envers calls it on the
 * thread that commits, so the signed-in person and the request are still at hand; scheduled
 * work and start-up work have neither and are signed "system".
 */
class RevisionAuthor implements RevisionListener {

    /** The key under which a transaction keeps its {@link Occasion}, set before its first change. */
    static final String OCCASION = RevisionAuthor.class.getName() + ".occasion";

    @Override
    public void newRevision(Object revisionEntity) {
        Actor actor = Actor.current();
        Occasion occasion = TransactionSynchronizationManager.getResource(OCCASION) instanceof Occasion set
                ? set : Occasion.EDIT;
        ((Revision) revisionEntity).stamp(actor.accountId(), actor.name(), actor.address(), occasion);
    }
}
