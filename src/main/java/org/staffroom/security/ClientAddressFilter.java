package org.staffroom.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The client's address as sign-in throttling and the audit log see it. {@code X-Forwarded-For}
 * is believed only from the proxies named in {@code staffroom.trusted-proxies} (addresses or
 * CIDR ranges; none by default), never from a whole private range: anyone else could write the
 * header to sidestep the per-address block. The address is the rightmost one in the header
 * that is not itself a trusted proxy.
 */
class ClientAddressFilter extends OncePerRequestFilter {

    private static final String FORWARDED_FOR = "X-Forwarded-For";
    // An attribute, which every wrapper of the request shares, for code that sees the unwrapped request.
    private static final String ATTRIBUTE = "staffroom.clientAddress";

    private final List<IpAddressMatcher> trustedProxies;

    ClientAddressFilter(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(String::strip).filter(proxy -> !proxy.isEmpty())
                .map(IpAddressMatcher::new).toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = clientOf(request);
        request.setAttribute(ATTRIBUTE, client);
        chain.doFilter(client.equals(request.getRemoteAddr()) ? request : new HttpServletRequestWrapper(request) {
            @Override
            public String getRemoteAddr() {
                return client;
            }

            @Override
            public String getRemoteHost() {
                return client;
            }
        }, response);
    }

    /** The client's address for {@code request}, as this filter found it. */
    static String of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof String client ? client : request.getRemoteAddr();
    }

    /** The client's address of the request being served, "unknown" outside one. */
    static String current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? of(attributes.getRequest()) : "unknown";
    }

    private String clientOf(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        String forwarded = request.getHeader(FORWARDED_FOR);
        if (forwarded == null || !isTrusted(address)) {
            return address;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!isAddress(hop)) {
                return address;
            }
            if (!isTrusted(hop)) {
                return hop;
            }
            address = hop;
        }
        return address;
    }

    private boolean isTrusted(String address) {
        return trustedProxies.stream().anyMatch(proxy -> proxy.matches(address));
    }

    // Only literal IPv4 or IPv6 addresses: a name in the header would make the matcher look it up.
    private static boolean isAddress(String hop) {
        return hop.matches("[0-9.]{7,15}") || hop.matches("[0-9a-fA-F:]{2,39}");
    }
}
