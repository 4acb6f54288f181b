package org.staffroom.security;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who is making a change, for the history: the signed-in person (their account and name as
 * shown), or {@link #SYSTEM} for start-up work and scheduled jobs; and from which address.
 *
 * @param accountId the person's account, null for the system
 * @param name the person's name as the UI shows it, or {@link #SYSTEM}
 * @param address the client's address (through trusted proxies), null outside a request
 */
public record Actor(Long accountId, String name, String address) {

    public static final String SYSTEM = "system";

    public static Actor current() {
        String address = RequestContextHolder.getRequestAttributes() == null ? null : ClientAddressFilter.current();
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInAccount account) {
            return new Actor(account.getAccountId(), account.displayName(), address);
        }
        return new Actor(null, SYSTEM, address);
    }
}
