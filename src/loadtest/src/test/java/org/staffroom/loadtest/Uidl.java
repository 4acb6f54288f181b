package org.staffroom.loadtest;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vaadin Flow's client-to-server protocol (UIDL over XHR, push off), as the browser speaks it:
 * every request carries the UI's CSRF token (the init response's {@code Vaadin-Security-Key}),
 * the last {@code syncId} the server sent and the client's own {@code clientId}; the server
 * answers with the next {@code clientId} it expects and a new {@code syncId}. Grids send
 * {@code confirmUpdate} for every data update the server announced with
 * {@code $connector.confirm(n)}, and each published server method call carries a promise id
 * counted per element node. All of that lives in the Gatling session, per virtual user.
 */
final class Uidl {

    static final String UI_ID = "uiId";
    static final String CSRF = "vaadinCsrf";
    static final String SYNC_ID = "syncId";
    static final String CLIENT_ID = "clientId";
    static final String BODY = "uidl";
    private static final String RPC = "rpc";
    private static final String SENT_CLIENT_ID = "sentClientId";
    private static final String CONFIRMS = "pendingConfirms";
    private static final String PROMISES = "promises";
    private static final String SIZES = "gridSizes";

    /** The verdict on a response the client simply applies. */
    static final String NORMAL = "normal UIDL response";
    /** The verdict on the answer to signing out: the session is gone and the page goes to the login view. */
    static final String SIGNED_OUT = "signed out, sent to /login";

    private static final Pattern CONFIRM = Pattern.compile(
            "\\[\\{\"@v-node\":(\\d+)},(\\d+),\"return \\$0\\.\\$connector\\.confirm\\(\\$1\\)\"]");
    private static final Pattern SIZE = Pattern.compile(
            "\\[\\{\"@v-node\":(\\d+)},(\\d+),\"return \\$0\\.\\$connector\\.updateSize\\(\\$1\\)\"]");
    private static final Pattern LEADING_CLIENT_ID = Pattern.compile("^\\{\"clientId\":(\\d+)[,}]");
    private static final Pattern TRAILING_SYNC_ID = Pattern.compile("\"syncId\":(\\d+)}\\s*$");

    private static String origin = "";

    private Uidl() {
    }

    /** The Origin header the browser puts on its POSTs: the app's own scheme, host and port. */
    static void origin(String baseUrl) {
        origin = baseUrl;
    }

    /** The state of a UI that the init request ({@code v-r=init}) just created. */
    static Session startUi(Session session) {
        return session.set(SYNC_ID, 0).set(CLIENT_ID, 0).set(CONFIRMS, Map.of()).set(PROMISES, Map.of())
                .set(SIZES, Map.of());
    }

    /**
     * One UIDL request: {@code step} gives the invocations of this step (JSON objects, in the
     * browser's order); the grids' pending {@code confirmUpdate}s follow them, as in the browser.
     * Every answer must be a normal UIDL response (see {@link #verdict}); {@code checks} add the
     * step's own expectations. A virtual user whose request failed stops there: a client that
     * lost track of the protocol would only send nonsense after it.
     */
    static ChainBuilder request(String name, Function<Session, Calls> step, CheckBuilder... checks) {
        return request(name, step, NORMAL, checks);
    }

    /** As above, with the verdict the answer must get: {@link #NORMAL} or {@link #SIGNED_OUT}. */
    static ChainBuilder request(String name, Function<Session, Calls> step, String expected, CheckBuilder... checks) {
        return exec(session -> {
            Calls calls = step.apply(session);
            session.<Map<Integer, Integer>>get(CONFIRMS).forEach((node, update) ->
                    calls.published(node, "confirmUpdate", String.valueOf(update)));
            return session.set(RPC, "[" + String.join(",", calls.rpcs) + "]").set(PROMISES, calls.promises)
                    .set(CONFIRMS, Map.of()).set(SENT_CLIENT_ID, session.getInt(CLIENT_ID));
        }).exec(http(name).post("/?v-r=uidl&v-uiId=#{" + UI_ID + "}")
                .header("Content-Type", "application/json; charset=UTF-8").header("Origin", session -> origin)
                .body(StringBody(session -> "{\"csrfToken\":\"" + session.getString(CSRF) + "\",\"rpc\":"
                        + session.getString(RPC) + ",\"syncId\":" + session.getInt(SYNC_ID) + ",\"clientId\":"
                        + session.getInt(CLIENT_ID) + "}"))
                .check(status().is(200), bodyString().transformWithSession(Uidl::verdict).is(expected),
                        bodyString().saveAs(BODY))
                .check(checks))
                .exec(Uidl::absorb)
                .exitHereIfFailed();
    }

    /** A request of its own for the grids' pending confirmUpdates, if there are any (the browser sends them at once). */
    static ChainBuilder confirmPending(String name) {
        return doIf(session -> !session.<Map<Integer, Integer>>get(CONFIRMS).isEmpty())
                .then(request(name, Calls::new));
    }

    /** The invocations of one request, in order; published method calls get their node's next promise id. */
    static final class Calls {
        final List<String> rpcs = new ArrayList<>();
        final Map<Integer, Integer> promises;

        Calls(Session session) {
            promises = new LinkedHashMap<>(session.get(PROMISES));
        }

        Calls add(String... invocations) {
            rpcs.addAll(List.of(invocations));
            return this;
        }

        Calls published(int node, String method, String args) {
            int promise = promises.getOrDefault(node, 0);
            promises.put(node, promise + 1);
            rpcs.add(Rpc.published(node, method, args, promise));
            return this;
        }
    }

    /**
     * {@link #NORMAL} for an answer the Vaadin client would simply apply, {@link #SIGNED_OUT} for
     * the answer to signing out, else what is wrong with it: not UIDL JSON, an expired session, an
     * application error, a resynchronisation, a clientId other than the next one, or a syncId other
     * than the one after the last.
     */
    static String verdict(String body, Session session) {
        if (body == null || body.isEmpty()) {
            return "empty body";
        }
        if (body.contains("\"meta\":{\"sessionExpired\":true}") && body.contains("[[\"/login\",\"_self\",")
                && LEADING_CLIENT_ID.matcher(body).find()) {
            return SIGNED_OUT;
        }
        if (body.contains("\"sessionExpired\"")) {
            return "session expired: " + head(body);
        }
        if (body.contains("\"appError\"")) {
            return "application error: " + head(body);
        }
        if (body.contains("\"resynchronize\"")) {
            return "resynchronisation: " + head(body);
        }
        Matcher clientId = LEADING_CLIENT_ID.matcher(body);
        if (!clientId.find()) {
            return "not a UIDL response: " + head(body);
        }
        int expectedClientId = session.getInt(SENT_CLIENT_ID) + 1;
        if (Integer.parseInt(clientId.group(1)) != expectedClientId) {
            return "clientId " + clientId.group(1) + " where " + expectedClientId + " was due";
        }
        Matcher syncId = TRAILING_SYNC_ID.matcher(body.length() > 64 ? body.substring(body.length() - 64) : body);
        if (!syncId.find()) {
            return "no syncId: " + head(body);
        }
        int expectedSyncId = session.getInt(SYNC_ID) + 1;
        if (Integer.parseInt(syncId.group(1)) != expectedSyncId) {
            return "syncId " + syncId.group(1) + " where " + expectedSyncId + " was due";
        }
        return NORMAL;
    }

    /** Takes what the client keeps from a response: the ids, the pending confirms, the grid sizes. */
    static Session absorb(Session session) {
        if (session.isFailed() || !session.contains(BODY)) {
            return session;
        }
        String body = session.getString(BODY);
        Matcher clientId = LEADING_CLIENT_ID.matcher(body);
        Matcher syncId = TRAILING_SYNC_ID.matcher(body.substring(Math.max(0, body.length() - 64)));
        if (!clientId.find() || !syncId.find()) {
            return session.markAsFailed();
        }
        Map<Integer, Integer> confirms = new LinkedHashMap<>(session.get(CONFIRMS));
        for (Matcher confirm = CONFIRM.matcher(body); confirm.find(); ) {
            confirms.put(Integer.parseInt(confirm.group(1)), Integer.parseInt(confirm.group(2)));
        }
        Map<Integer, Integer> sizes = new LinkedHashMap<>(session.get(SIZES));
        for (Matcher size = SIZE.matcher(body); size.find(); ) {
            sizes.put(Integer.parseInt(size.group(1)), Integer.parseInt(size.group(2)));
        }
        return session.set(CLIENT_ID, Integer.parseInt(clientId.group(1)))
                .set(SYNC_ID, Integer.parseInt(syncId.group(1))).set(CONFIRMS, confirms).set(SIZES, sizes);
    }

    /** The size the server last gave the grid {@code node}, or 0. */
    static int gridSize(Session session, int node) {
        return session.<Map<Integer, Integer>>get(SIZES).getOrDefault(node, 0);
    }

    /** Eight characters like the keys the browser's history puts in its state. */
    static String historyKey() {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            key.append("abcdefghijklmnopqrstuvwxyz0123456789".charAt(ThreadLocalRandom.current().nextInt(36)));
        }
        return key.toString();
    }

    private static String head(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    /** The JSON of each kind of invocation the Vaadin client sends. */
    static final class Rpc {

        private Rpc() {
        }

        static String event(int node, String event, String data) {
            return "{\"type\":\"event\",\"node\":" + node + ",\"event\":" + str(event)
                    + (data == null ? "" : ",\"data\":" + data) + "}";
        }

        static String mSync(int node, String property, String value) {
            return "{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":" + str(property)
                    + ",\"value\":" + value + "}";
        }

        static String published(int node, String method, String args, int promise) {
            return "{\"type\":\"publishedEventHandler\",\"node\":" + node + ",\"templateEventMethodName\":"
                    + str(method) + ",\"templateEventMethodArgs\":[" + args + "],\"promise\":" + promise + "}";
        }

        static String channel(int node, int channel, String args) {
            return "{\"type\":\"channel\",\"node\":" + node + ",\"channel\":" + channel + ",\"args\":[" + args + "]}";
        }

        /** The router's navigation event on the UI (node 1). */
        static String navigate(String route, String historyState, String trigger) {
            return event(1, "ui-navigate", "{\"route\":" + str(route) + ",\"query\":\"\",\"appShellTitle\":\"\","
                    + "\"historyState\":" + historyState + ",\"trigger\":" + str(trigger) + "}");
        }

        static String str(String text) {
            StringBuilder json = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> json.append("\\\"");
                    case '\\' -> json.append("\\\\");
                    default -> {
                        if (c < 0x20) {
                            json.append(String.format("\\u%04x", (int) c));
                        } else {
                            json.append(c);
                        }
                    }
                }
            }
            return json.append('"').toString();
        }

        static String unescape(String json) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < json.length(); i++) {
                char c = json.charAt(i);
                if (c != '\\' || i + 1 == json.length()) {
                    text.append(c);
                    continue;
                }
                char e = json.charAt(++i);
                switch (e) {
                    case 'u' -> {
                        text.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    case 'n' -> text.append('\n');
                    case 't' -> text.append('\t');
                    case 'r' -> text.append('\r');
                    case 'b' -> text.append('\b');
                    case 'f' -> text.append('\f');
                    default -> text.append(e);
                }
            }
            return text.toString();
        }
    }
}
