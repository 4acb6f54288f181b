package org.staffroom.base.pwa;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the offline page in front of Vaadin's prebuilt service worker. That worker answers a
 * navigation without network with an app shell it never cached here (the prebuilt bundle
 * has no offline page in it), so the browser showed its own error. The handler below runs
 * first: a navigation that cannot reach the server gets the precached {@code offline.html},
 * at the address the person asked for, so "Try again" simply reloads it.
 *
 * <p>Only the packaged app (production mode) has the worker file; without it, as in dev
 * mode, the request goes on to Vaadin unchanged.
 */
class OfflineNavigationFilter extends OncePerRequestFilter {

    static final String SERVICE_WORKER = "/sw.js";
    static final String OFFLINE_HANDLER = """
            // Staffroom: a navigation that finds no network gets the offline page (see OfflineNavigationFilter).
            self.addEventListener('fetch', event => {
              if (event.request.mode !== 'navigate') return;
              event.respondWith(fetch(event.request).catch(() =>
                caches.match('offline.html', {ignoreSearch: true}).then(page => page || Response.error())));
              event.stopImmediatePropagation(); // answered: Vaadin's handler must not fetch it again
            });
            """;
    private static final String PREBUILT_WORKER = "META-INF/VAADIN/webapp/sw.js";

    private final byte[] worker = load();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (worker == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setContentType("text/javascript;charset=UTF-8");
        // Browsers check a worker for updates anyway; a cached copy would only delay a new release.
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(worker.length);
        response.getOutputStream().write(worker);
    }

    private static byte[] load() {
        try (InputStream prebuilt = OfflineNavigationFilter.class.getClassLoader().getResourceAsStream(PREBUILT_WORKER)) {
            if (prebuilt == null) {
                return null;
            }
            byte[] handler = OFFLINE_HANDLER.getBytes(StandardCharsets.UTF_8);
            byte[] vaadin = prebuilt.readAllBytes();
            byte[] both = new byte[handler.length + vaadin.length];
            System.arraycopy(handler, 0, both, 0, handler.length);
            System.arraycopy(vaadin, 0, both, handler.length, vaadin.length);
            return both;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
