package org.staffroom.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.VaadinServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.web.csrf.CsrfToken;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The browser's side of passkeys: a small script (passkeys.js, sent with the call, so no
 * frontend bundle is built) that runs the WebAuthn ceremonies against Spring Security's
 * endpoints with this session's CSRF token and answers with one word.
 */
final class PasskeyBrowser {

    /** How a ceremony ended. */
    enum Outcome { SIGNED_IN, ADDED, CANCELLED, FAILED, UNSUPPORTED;

        static Outcome of(String word) {
            for (Outcome outcome : values()) {
                if (outcome.name().replace('_', '-').equalsIgnoreCase(word)) {
                    return outcome;
                }
            }
            return FAILED;
        }
    }

    private static final String SCRIPT = script();

    private PasskeyBrowser() {
    }

    /** Whether this browser can use passkeys at all (a secure context with WebAuthn). */
    static void whenKnownIfSupported(Component where, SerializableConsumer<Boolean> supported) {
        where.getElement().executeJs(SCRIPT + "return window.staffroomPasskeys.supported();")
                .then(Boolean.class, supported, error -> supported.accept(false));
    }

    /**
     * Signs in with a passkey; on success the browser goes to where sign-in leads when
     * {@code navigate}, or stays (a check before a sensitive action).
     */
    static void signIn(Component where, boolean navigate, SerializableConsumer<Outcome> outcome) {
        call(where, "signIn($0, $1)", navigate, outcome);
    }

    /** Creates a passkey named {@code label} for the signed-in person. */
    static void register(Component where, String label, SerializableConsumer<Outcome> outcome) {
        call(where, "register($0, $1)", label, outcome);
    }

    private static void call(Component where, String invocation, Object argument, SerializableConsumer<Outcome> outcome) {
        where.getElement().executeJs(SCRIPT + "return window.staffroomPasskeys." + invocation + ";", site(), argument)
                .then(String.class, word -> outcome.accept(Outcome.of(word)), error -> outcome.accept(Outcome.FAILED));
    }

    private static ObjectNode site() {
        ObjectNode site = JsonNodeFactory.instance.objectNode();
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        site.put("contextPath", request == null ? "" : request.getContextPath());
        if (request != null && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) {
            site.put("csrfHeader", csrf.getHeaderName());
            site.put("csrfToken", csrf.getToken());
        }
        return site;
    }

    private static String script() {
        try (InputStream in = PasskeyBrowser.class.getResourceAsStream("passkeys.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
