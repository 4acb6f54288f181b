package org.staffroom.loadtest;

/*
 * Staffroom's protocol-level load test: real Vaadin Flow traffic (UIDL over XHR) from many
 * virtual administrators, recorded from Chromium and replayed with Gatling's Java DSL.
 *
 * Run (its own Maven project, not part of the app's build; the app must already be running):
 *
 *   ./mvnw -f src/loadtest/pom.xml gatling:test -Dstaffroom.url=http://localhost:8080 \
 *       -Dusers=200 -Dramp=60 -Dduration=180 -Dpassword='…'   (or STAFFROOM_LOADTEST_PASSWORD=…)
 *
 * Settings (system properties; -D on the Maven command line reaches the simulation):
 *   staffroom.url  the app, default http://localhost:8080 (loopback or your own test host only)
 *   users          virtual users, default 5; each signs in once, as its own account
 *   ramp           seconds over which they start, default 10 (each sign-in is one Argon2id hash, ~56 ms CPU)
 *   duration       seconds all of them keep scrolling and filtering after the ramp, default 60
 *   password       the accounts' password; else the environment's STAFFROOM_LOADTEST_PASSWORD
 *   login          the accounts, default load-%d@school.example (%d = 1..accounts); without %d all share one
 *   accounts       how many such accounts exist, default = users (users beyond wrap around)
 *   seededStaff    how many seed<n>@load.example rows seed.sh added, default 0; each user edits a random
 *                  one of them, or with 0 its own account's row
 *   think          mean think time between a person's actions in seconds, default 3 (uniform ×0.5..×1.5)
 *   p95            the 95th percentile (ms) the run must stay under, default 300; any failed request fails too
 *
 * The target: the app with staffroom.mfa-required-for=NONE (a second factor has no protocol-level
 * replay here) and accounts that need no password change. src/loadtest/seed.sh makes both kinds of
 * data: N administrators load-1..N@school.example with the first administrator's password (and no
 * forced change for that one either), and a million staff rows in one INSERT … SELECT from MariaDB's
 * sequence engine (start the app with a bigger buffer pool first). For example:
 *
 *   java -jar target/staffroom-*.jar --staffroom.mfa-required-for=NONE \
 *       --staffroom.embedded-db.buffer-pool-size=512M …
 *   src/loadtest/seed.sh <embedded-db data dir> 300 1000000
 *   ./mvnw -f src/loadtest/pom.xml gatling:test -Dstaffroom.url=http://localhost:8080 \
 *       -Dusers=100 -Dramp=60 -Dduration=120 -DseededStaff=1000000
 *
 * The report is in src/loadtest/target/gatling/<run>/index.html (groups: sign in, open staff grid,
 * scroll, filter, edit row, subject groups, sign out). Failed requests are logged with their
 * response (src/test/resources/logback-test.xml). A user whose request fails stops there (its
 * session stays until the idle timeout). The checks read the English texts: Accept-Language is en-US.
 *
 * One virtual user, as Chromium does it (static resources are left out: a browser has them cached):
 *  1. sign in: GET /login (Spring's _csrf from the page's meta tag), v-r=init (the UI id and
 *     Vaadin's CSRF token, Vaadin-Security-Key), the login view's UIDL round trips, then the form
 *     POST /login (_csrf, username, password) → 302 to /, GET /, a new init (new session, new
 *     token), the home view and its after-render round trips;
 *  2. the staff grid through the side navigation (a client-side router navigation, ui-navigate),
 *     the grid's confirmUpdate and width report; scrolls (setViewportRange further down);
 *     filters (the search field's value with the lazy value-change event); edits a row inline:
 *     filters to one person, double-clicks the row (item-double-click), types into the last-name
 *     field (EAGER value sync), presses Enter (the editor's shortcut: keydown with the filter
 *     expressions as event data) and checks the "… saved" notification, then its closing;
 *  3. the subject groups through the side navigation, back to the staff grid, and then until
 *     the end of the run: think, filter (a random prefix or none), think, scroll; the heartbeat
 *     whenever the server's heartbeat interval has passed;
 *  4. signs out through the user menu.
 * Every UIDL request echoes the last syncId, counts clientId up and sends the token; every
 * answer must be a normal UIDL response (no sessionExpired, appError or resynchronisation, the
 * clientId the client expects, the syncId after the last one). Node ids come from the responses.
 */

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static org.staffroom.loadtest.Uidl.Rpc.event;
import static org.staffroom.loadtest.Uidl.Rpc.mSync;
import static org.staffroom.loadtest.Uidl.Rpc.navigate;
import static org.staffroom.loadtest.Uidl.Rpc.str;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.staffroom.loadtest.Uidl.Calls;

public class StaffroomSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("staffroom.url", "http://localhost:8080")
            .replaceAll("/+$", "");
    private static final int USERS = Integer.getInteger("users", 5);
    private static final int RAMP = Integer.getInteger("ramp", 10);
    private static final int DURATION = Integer.getInteger("duration", 60);
    private static final String LOGIN = System.getProperty("login", "load-%d@school.example");
    private static final int ACCOUNTS = Integer.getInteger("accounts", USERS);
    private static final int SEEDED_STAFF = Integer.getInteger("seededStaff", 0);
    private static final double THINK = Double.parseDouble(System.getProperty("think", "3"));
    private static final int P95 = Integer.getInteger("p95", 300);
    private static final String PASSWORD = System.getProperty("password",
            System.getenv().getOrDefault("STAFFROOM_LOADTEST_PASSWORD", ""));

    /** What people type into the staff grid's search field; "" clears it. */
    private static final List<String> SEARCHES = List.of("", "Ev", "Müll", "Sch", "Tanaka", "Kowal", "Kim",
            "O'C", "seed12", "Ros");

    private static final String USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/156.0.0.0 Safari/537.36 StaffroomLoadTest";
    private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String SPRING_CSRF = "<meta name=\"_csrf\" content=\"([^\"]+)\">";

    // What a real click sends along (recorded); the server reads none of it here.
    private static final String CLICK = "{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,"
            + "\"event.ctrlKey\":false,\"event.clientX\":1306,\"event.clientY\":28,\"event.altKey\":false,"
            + "\"event.button\":0,\"event.screenY\":125,\"event.screenX\":1316}";
    private static final String ITEM_CLICK = "{\"event.detail.screenY\":424,\"event.detail.metaKey\":false,"
            + "\"event.detail.button\":0,\"event.detail.shiftKey\":false,\"event.detail.screenX\":699,"
            + "\"event.detail.itemKey\":%s,\"event.detail.internalColumnId\":\"col2\",\"event.detail.altKey\":false,"
            + "\"event.detail.clientX\":689,\"event.detail.detail\":%d,\"event.detail.clientY\":327,"
            + "\"event.detail.ctrlKey\":false}";
    // Enter in an editor field: the keydown the field's Enter and Escape shortcuts listen to, with
    // the shortcuts' filter expressions evaluated by the browser (the server matches them by text).
    private static final String ENTER = "{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.code\":\"Enter\","
            + "\"event.key\":\"Enter\",\"event.isComposing\":false,\"event.ctrlKey\":false,"
            + "\"(['Escape','Esc'].indexOf(event.code) !== -1 || ['Escape','Esc'].indexOf(event.key) !== -1) && "
            + "!event.getModifierState('Shift') && !event.getModifierState('Control') && !event.getModifierState('Alt') && "
            + "!event.getModifierState('AltGraph') && !event.getModifierState('Meta') && (event.preventDefault() || true) && "
            + "(event.stopPropagation() || true)\":false,\"event.repeat\":false,\"event.location\":0,\"event.altKey\":false,"
            + "\"(['Enter'].indexOf(event.code) !== -1 || ['Enter'].indexOf(event.key) !== -1) && "
            + "!event.getModifierState('Shift') && !event.getModifierState('Control') && !event.getModifierState('Alt') && "
            + "!event.getModifierState('AltGraph') && !event.getModifierState('Meta') && (event.preventDefault() || true) && "
            + "(event.stopPropagation() || true)\":true}";

    private static final Pattern FIRST_ITEM_KEY = Pattern.compile("\\{\"key\":\"(\\d+)\",\"col0\":");
    private static final long DEADLINE = System.currentTimeMillis() + (RAMP + DURATION) * 1000L;

    private static String tag(String tag) {
        return "\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"tag\",\"feat\":0,\"value\":\"" + tag + "\"}";
    }

    private static String labelled(String accessibleName) {
        return "\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"accessibleName\",\"feat\":1,\"value\":\""
                + Pattern.quote(accessibleName) + "\"}";
    }

    private static int node(Session session, String key) {
        return Integer.parseInt(session.getString(key));
    }

    private static Duration think() {
        return Duration.ofMillis((long) (THINK * 1000 * (0.5 + ThreadLocalRandom.current().nextDouble())));
    }

    /** v-r=init: the page's UI, its id and its CSRF token, with the browser details Chromium sends. */
    private static ChainBuilder init(String name, String location) {
        return exec(http(name).get(session -> "/?v-r=init&location=" + location + "&query=&v-sh=900&v-sw=1400"
                        + "&v-wh=900&v-ww=1400&v-bh=900&v-bw=1400&v-curdate=" + System.currentTimeMillis()
                        + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-wn=" + session.getString("windowName")
                        + "&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light%20dark&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN"
                        + "&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=UNSUPPORTED&v-wla=SUPPORTED&v-ws=false")
                .check(status().is(200), jsonPath("$.appConfig['v-uiId']").saveAs(Uidl.UI_ID),
                        jsonPath("$.appConfig.uidl['Vaadin-Security-Key']").saveAs(Uidl.CSRF),
                        jsonPath("$.appConfig.heartbeatInterval").ofInt().saveAs("heartbeatInterval"),
                        jsonPath("$.appConfig.uidl.syncId").ofInt().is(0)))
                .exec(session -> Uidl.startUi(session).set("lastHeartbeat", System.currentTimeMillis())
                        .set("historyIndex", 0));
    }

    /** A click in the side navigation: the router's client-side navigation, with the history state it pushed. */
    private static ChainBuilder navigateTo(String name, String route, CheckBuilder... checks) {
        return exec(session -> {
            int index = session.getInt("historyIndex");
            String state = index == 0 ? "{\"idx\":0}"
                    : "{\"usr\":null,\"key\":\"" + Uidl.historyKey() + "\",\"idx\":" + index + "}";
            return session.set("historyState", state).set("historyIndex", index + 1);
        }).exec(Uidl.request(name, session -> new Calls(session)
                .add(navigate(route, session.getString("historyState"), "client")), checks));
    }

    private static final ChainBuilder SIGN_IN = group("sign in").on(
            exec(session -> {
                long user = session.userId();
                String account = LOGIN.contains("%d") ? String.format(LOGIN, (user - 1) % ACCOUNTS + 1) : LOGIN;
                return session.set("username", account).set("windowName", "v-" + ThreadLocalRandom.current().nextDouble());
            }),
            exec(http("login page").get("/login").header("Accept", HTML)
                    .check(status().is(200), regex(SPRING_CSRF).saveAs("springCsrf"))),
            init("init (login)", "login"),
            Uidl.request("login: navigate", session -> new Calls(session).add(navigate("/login", "{\"idx\":0}", "")),
                    regex(tag("vaadin-login-form")).saveAs("loginForm"),
                    // The passkey button asks the browser whether it has passkeys: a return channel.
                    regex("\\[\\{\"@v-node\":\\d+},\\{\"@v-return\":\\[(\\d+),(\\d+)]}").captureGroups(2)
                            .saveAs("passkeyChannel")),
            Uidl.request("login: form ready", session -> new Calls(session)
                    .add(event(node(session, "loginForm"), "error-changed", "{}"))),
            Uidl.request("login: passkey support", session -> {
                List<String> channel = session.getList("passkeyChannel");
                return new Calls(session).add(Uidl.Rpc.channel(Integer.parseInt(channel.get(0)),
                        Integer.parseInt(channel.get(1)), "true"));
            }),
            pause(Duration.ofMillis(1500)),
            exec(http("sign-in form post").post("/login").disableFollowRedirect().header("Accept", HTML)
                    .header("Origin", BASE_URL)
                    .formParam("_csrf", "#{springCsrf}").formParam("username", "#{username}")
                    .formParam("password", session -> PASSWORD)
                    .check(status().is(302), header("Location")
                            .transform(location -> location.contains("error") || location.contains("/login")
                                    ? "sign-in refused: " + location : "signed in").is("signed in"))),
            exec(http("home page").get("/").header("Accept", HTML)
                    .check(status().is(200), regex(SPRING_CSRF).saveAs("springCsrf"))),
            init("init (home)", ""),
            Uidl.request("home: navigate", session -> new Calls(session).add(navigate("/", "{\"idx\":0}", "")),
                    regex(tag("vaadin-app-layout")).saveAs("appLayout"),
                    regex(tag("vaadin-side-nav")).saveAs("sideNav"),
                    regex(tag("vaadin-side-nav-item")).findAll().saveAs("sideNavItems"),
                    regex("\"staffroom\\.colorScheme\",\\{\"@v-return\":\\[(\\d+),(\\d+)]}").captureGroups(2)
                            .saveAs("colorSchemeChannel"),
                    regex("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"aria-label\",\"feat\":3,\"value\":\"User menu of ")
                            .saveAs("userMenu"),
                    // The menu item that holds the "Log out" text (its icon comes first).
                    regex("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"text\",\"feat\":7,\"value\":\"Log out\"}.*?"
                            + "\\{\"node\":(\\d+),\"type\":\"splice\",\"feat\":2,\"index\":0,\"addNodes\":\\[\\d+,\\1]}")
                            .captureGroups(2).saveAs("logOut")),
            // What the browser reports once the layout rendered: drawer and navigation state, the grid's confirm.
            Uidl.request("home: rendered", session -> {
                int layout = node(session, "appLayout");
                int nav = node(session, "sideNav");
                List<Integer> items = session.<String>getList("sideNavItems").stream().map(Integer::valueOf)
                        .sorted(Comparator.reverseOrder()).toList();
                Calls calls = new Calls(session).add(event(layout, "primary-section-changed", "{}"),
                        event(layout, "drawer-opened-changed", "{}"), event(layout, "overlay-changed", "{}"),
                        event(nav, "collapsed-changed", "{}"));
                items.forEach(item -> calls.add(event(item, "expanded-changed", "{}")));
                calls.add(mSync(layout, "primarySection", "\"navbar\""), mSync(layout, "drawerOpened", "true"),
                        mSync(layout, "overlay", "false"), mSync(nav, "collapsed", "false"));
                items.forEach(item -> calls.add(mSync(item, "expanded", "false")));
                return calls;
            }),
            Uidl.request("home: colour scheme", session -> {
                List<String> channel = session.getList("colorSchemeChannel");
                return new Calls(session).add(Uidl.Rpc.channel(Integer.parseInt(channel.get(0)),
                        Integer.parseInt(channel.get(1)), "\"system\""));
            }));

    /** The staff grid through the side navigation, and what the browser reports once it rendered. */
    private static final ChainBuilder OPEN_STAFF = group("open staff grid").on(
            navigateTo("staff: navigate", "staff",
                    regex(tag("vaadin-grid")).saveAs("grid"),
                    regex(labelled("Search staff by name or e-mail")).saveAs("search"),
                    regex(labelled("Filter by subject group")).saveAs("groupFilter"),
                    regex(labelled("Filter by role")).saveAs("roleFilter"),
                    regex(labelled("Filter by status")).saveAs("statusFilter"),
                    regex("\\$connector\\.updateSize").exists()),
            Uidl.request("staff: rendered", session -> {
                int group = node(session, "groupFilter");
                int role = node(session, "roleFilter");
                int status = node(session, "statusFilter");
                return new Calls(session).add(event(group, "value-changed", "{}"), event(group, "opened-changed", "{}"),
                        event(group, "filter-changed", "{}"), event(role, "opened-changed", "{}"),
                        event(role, "value-changed", "{}"), event(status, "opened-changed", "{}"),
                        event(status, "value-changed", "{}"), mSync(group, "opened", "false"),
                        mSync(group, "filter", "\"\""));
            }),
            Uidl.request("staff: width", session -> new Calls(session)
                    .add(event(node(session, "grid"), "staffroom-narrow", "{\"event.detail\":false}"))),
            // The navigation's URL has no filter: the search field is empty again.
            exec(session -> session.set("searchText", "")));

    /** Typing into the search field: ValueChangeMode.LAZY sends the text once typing pauses. */
    private static ChainBuilder typeSearch(String name, CheckBuilder... more) {
        List<CheckBuilder> checks = new ArrayList<>(List.of(regex("\\$connector\\.updateSize").exists()));
        checks.addAll(List.of(more));
        return Uidl.request(name, session -> {
            int search = node(session, "search");
            return new Calls(session).add(mSync(search, "value", str(session.getString("searchText"))),
                    event(search, "input", "{\"1\":1,\"for\":\"trailing\"}"));
        }, checks.toArray(CheckBuilder[]::new));
    }

    private static ChainBuilder filter(String name) {
        return exec(typeSearch(name)).exec(Uidl.confirmPending("grid: confirm"));
    }

    /**
     * Scrolling further down: the grid asks for the rows of its new viewport (pages of 50). The
     * answer must be a normal one; it need not hold rows, as the server sends none that the
     * client has already (after a filter it sends the rows of the last viewport again itself).
     */
    private static final ChainBuilder SCROLL = doIf(session ->
            Uidl.gridSize(session, node(session, "grid")) > 100).then(
            Uidl.request("grid: scroll", session -> {
                int size = Math.min(Uidl.gridSize(session, node(session, "grid")), 10_000);
                int start = 50 * ThreadLocalRandom.current().nextInt(1, Math.max(2, (size - 100) / 50 + 1));
                return new Calls(session).published(node(session, "grid"), "setViewportRange", start + ",100");
            }),
            Uidl.confirmPending("grid: confirm"));

    /** One person, edited inline: filter to them, double-click the row, change the last name, Enter. */
    private static final ChainBuilder EDIT = group("edit row").on(
            exec(session -> session.set("searchText", SEEDED_STAFF > 0
                    ? "seed" + ThreadLocalRandom.current().nextInt(1, SEEDED_STAFF + 1) + "@load.example"
                    : session.getString("username"))),
            exec(typeSearch("edit: find person", regex(session -> "\\{\"key\":\"(\\d+)\",\"col0\":\"(?:[^\"\\\\]|\\\\.)*\","
                    + "\"col1\":\"(?:[^\"\\\\]|\\\\.)*\",\"col2\":\"" + Pattern.quote(session.getString("searchText")) + "\"")
                    .saveAs("itemKey"))),
            Uidl.confirmPending("grid: confirm"),
            pause(Duration.ofSeconds(1)),
            Uidl.request("edit: double-click row", session -> {
                int grid = node(session, "grid");
                String key = str(session.getString("itemKey"));
                return new Calls(session).add(event(grid, "grid-cell-focus", "{\"event.detail.itemKey\":" + key
                                + ",\"event.detail.internalColumnId\":\"col2\",\"event.detail.section\":\"body\"}"))
                        .published(grid, "setDetailsVisible", key)
                        .add(event(grid, "item-click", String.format(ITEM_CLICK, key, 1)))
                        .published(grid, "setDetailsVisible", "null")
                        .add(event(grid, "item-click", String.format(ITEM_CLICK, key, 2)),
                                event(grid, "item-double-click", String.format(ITEM_CLICK, key, 2)));
            }, regex(labelled("Last name") + ".*?\\{\"node\":\\1,\"type\":\"put\",\"key\":\"value\",\"feat\":1,"
                    + "\"value\":\"((?:[^\"\\\\]|\\\\.)*)\"}").captureGroups(2).saveAs("lastNameField"),
                    regex(tag("vaadin-combo-box")).saveAs("editorGroup"),
                    regex(tag("vaadin-select")).saveAs("editorRole")),
            exec(session -> {
                List<String> field = session.getList("lastNameField");
                String lastName = Uidl.Rpc.unescape(field.get(1));
                // One keystroke: an x more, or Backspace on the x the last run added.
                String changed = lastName.endsWith("x") ? lastName.substring(0, lastName.length() - 1)
                        : lastName.length() < 60 ? lastName + "x" : lastName.substring(0, 59);
                return session.set("lastNameNode", field.get(0)).set("newLastName", changed);
            }),
            Uidl.request("edit: editor ready", session -> {
                int group = node(session, "editorGroup");
                int role = node(session, "editorRole");
                return new Calls(session).add(event(group, "value-changed", "{}"), mSync(group, "opened", "false"),
                        event(group, "opened-changed", "{}"), mSync(group, "filter", "\"\""),
                        event(group, "filter-changed", "{}"), event(role, "opened-changed", "{}"),
                        event(role, "value-changed", "{}"));
            }),
            Uidl.request("edit: focus last name", session -> new Calls(session).add(event(node(session, "grid"),
                    "grid-cell-focus", "{\"event.detail.itemKey\":" + str(session.getString("itemKey"))
                            + ",\"event.detail.internalColumnId\":\"col0\",\"event.detail.section\":\"body\"}"))),
            pause(Duration.ofMillis(800)),
            Uidl.request("edit: type last name", session -> {
                int field = node(session, "lastNameNode");
                return new Calls(session).add(mSync(field, "value", str(session.getString("newLastName"))),
                        event(field, "input", "{}"));
            }),
            pause(Duration.ofMillis(500)),
            Uidl.request("edit: save (Enter)", session -> new Calls(session)
                            .add(event(node(session, "lastNameNode"), "keydown", ENTER)),
                    regex("\"key\":\"text\",\"feat\":1,\"value\":\"[^\"]* saved\"").exists(),
                    regex(session -> Pattern.quote(str(session.getString("newLastName")).replaceAll("^\"|\"$", "")))
                            .exists(),
                    regex(tag("vaadin-notification")).saveAs("notification")),
            exec(session -> {
                Matcher first = FIRST_ITEM_KEY.matcher(session.getString(Uidl.BODY));
                return session.set("focusKey", first.find() ? first.group(1) : session.getString("itemKey"));
            }),
            Uidl.request("edit: notification shown", session -> new Calls(session)
                    .add(event(node(session, "notification"), "opened-changed", "{}"))),
            Uidl.request("edit: focus row", session -> new Calls(session).add(event(node(session, "grid"),
                    "grid-cell-focus", "{\"event.detail.itemKey\":" + str(session.getString("focusKey"))
                            + ",\"event.detail.internalColumnId\":\"col0\",\"event.detail.section\":\"body\"}"))),
            // The notification closes itself after 5 s.
            pause(Duration.ofSeconds(5)),
            Uidl.request("notification: closing", session -> new Calls(session).add(
                    mSync(node(session, "notification"), "opened", "false"),
                    event(node(session, "notification"), "opened-changed", "{}"))),
            Uidl.request("notification: closed", session -> new Calls(session)
                    .add(event(node(session, "notification"), "closed", null))));

    private static final ChainBuilder SUBJECT_GROUPS = group("subject groups").on(
            navigateTo("subject groups: navigate", "subject-groups", regex(tag("vaadin-grid")).exists()),
            Uidl.confirmPending("subject groups: confirm"));

    private static final ChainBuilder HEARTBEAT_IF_DUE = doIf(session -> System.currentTimeMillis()
            - session.getLong("lastHeartbeat") >= session.getInt("heartbeatInterval") * 1000L).then(
            exec(http("heartbeat").post("/?v-r=heartbeat&v-uiId=#{" + Uidl.UI_ID + "}").header("Origin", BASE_URL)
                    .header("Content-Type", "text/plain;charset=utf-8").check(status().is(200)))
                    .exec(session -> session.set("lastHeartbeat", System.currentTimeMillis())));

    private static final ChainBuilder BROWSE = asLongAs(session -> System.currentTimeMillis() < DEADLINE).on(
            HEARTBEAT_IF_DUE,
            pause(session -> think()),
            exec(session -> {
                // A new text: the same one again would change nothing, and the browser would send nothing.
                List<String> others = SEARCHES.stream().filter(text -> !text.equals(session.getString("searchText")))
                        .toList();
                return session.set("searchText", others.get(ThreadLocalRandom.current().nextInt(others.size())));
            }),
            group("filter").on(filter("grid: filter")),
            pause(session -> think()),
            group("scroll").on(SCROLL));

    private static final ChainBuilder SIGN_OUT = group("sign out").on(
            Uidl.request("sign out: user menu", session -> new Calls(session)
                    .add(event(node(session, "userMenu"), "click", CLICK))),
            pause(Duration.ofMillis(800)),
            // Vaadin answers with an expired session and a redirect to the login view.
            Uidl.request("sign out: log out", session -> new Calls(session).add(event(
                    Integer.parseInt(session.<String>getList("logOut").get(1)), "click", CLICK)), Uidl.SIGNED_OUT),
            exec(http("sign out: login page").get("/login").header("Accept", HTML).check(status().is(200))));

    private final ScenarioBuilder administrator = scenario("administrator").exec(
            SIGN_IN,
            pause(session -> think()),
            OPEN_STAFF,
            pause(session -> think()),
            group("scroll").on(SCROLL),
            pause(session -> think()),
            exec(session -> session.set("searchText", "Ev")),
            group("filter").on(filter("grid: filter")),
            pause(session -> think()),
            EDIT,
            pause(session -> think()),
            SUBJECT_GROUPS,
            pause(session -> think()),
            OPEN_STAFF,
            BROWSE,
            SIGN_OUT);

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("*/*")
            .acceptLanguageHeader("en-US,en;q=0.9")
            .acceptEncodingHeader("gzip, deflate, br, zstd")
            .userAgentHeader(USER_AGENT);

    {
        if (PASSWORD.isEmpty()) {
            throw new IllegalStateException("set -Dpassword=… or STAFFROOM_LOADTEST_PASSWORD");
        }
        Uidl.origin(BASE_URL);
        setUp(administrator.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP))))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(RAMP + DURATION + 180L))
                .assertions(global().failedRequests().count().is(0L),
                        global().responseTime().percentile(95.0).lt(P95));
    }
}
