package org.staffroom.security;

import jakarta.servlet.http.HttpSession;
import java.util.function.IntSupplier;

/**
 * Which session generation a session counts as signed in with. Sessions of an older
 * generation than the account's end at their next request ({@link SessionRevocationFilter}).
 * A session that changes its own password adopts the new generation and stays signed in.
 *
 * <p>The change and the adoption cannot be one step: the new generation is committed in the
 * database, then stored in the session. A request of the same session in between (a second
 * tab, a static file) would see a moved generation and end the session that made the change.
 * So the session first announces the generation it is about to adopt, and the filter accepts
 * that one too.
 */
final class SessionGenerations {

    /** The generation a session adopted, when it differs from the one it signed in with. */
    static final String ADOPTED = "staffroom.sessionGeneration";
    /** The generation a session is adopting while its password change commits. */
    static final String ADOPTING = "staffroom.sessionGeneration.adopting";

    private SessionGenerations() {
    }

    /**
     * Runs {@code change}, which returns the new generation, and makes {@code session} adopt it.
     *
     * @param expected the generation the change will most likely commit (the current one plus one)
     */
    static void adopt(HttpSession session, int expected, IntSupplier change) {
        if (session == null) {
            change.getAsInt();
            return;
        }
        session.setAttribute(ADOPTING, expected);
        try {
            session.setAttribute(ADOPTED, change.getAsInt());
        } finally {
            session.removeAttribute(ADOPTING);
        }
    }

    /** Whether the session of {@code account} is still current in {@code accounts}. */
    static boolean isCurrent(HttpSession session, SignedInAccount account, AccountStore accounts) {
        if (isCurrent(accounts, account, adopted(session, account))) {
            return true;
        }
        // The generation moved on. Maybe this session is adopting it right now, or just did.
        return session.getAttribute(ADOPTING) instanceof Integer adopting && isCurrent(accounts, account, adopting)
                || isCurrent(accounts, account, adopted(session, account));
    }

    private static boolean isCurrent(AccountStore accounts, SignedInAccount account, int generation) {
        return accounts.isSessionCurrent(account.getAccountId(), generation, account.getUsername(), account.role());
    }

    private static int adopted(HttpSession session, SignedInAccount account) {
        return session.getAttribute(ADOPTED) instanceof Integer adopted ? adopted : account.sessionGeneration();
    }
}
