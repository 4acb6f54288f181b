package org.staffroom.e2e;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The cluster of {@code src/cluster/cluster.sh}: three Galera nodes, app nodes a and b (the
 * packaged jar) and HAProxy, on ports of their own so that a cluster someone runs by hand is
 * left alone. Every command goes through the script, as an operator's would.
 */
final class LocalCluster {

    static final String ADMIN = "admin@school.example";
    static final String PASSWORD = "Cluster-test-passphrase-2026";
    static final int PROXY_PORT = 18080;
    private static final Map<String, Integer> APP_PORTS = Map.of("a", 18081, "b", 18082);

    private final Path dir;

    private LocalCluster(Path dir) {
        this.dir = dir;
    }

    /**
     * Starts a new cluster on an empty database in {@code dir}: both app nodes at the same time.
     * A start that fails stops whatever it had started.
     */
    static LocalCluster start(Path dir) {
        LocalCluster cluster = new LocalCluster(dir.toAbsolutePath());
        cluster.run(TimeUnit.MINUTES.toSeconds(15), "destroy");
        try {
            cluster.run(TimeUnit.MINUTES.toSeconds(15), "start");
        } catch (AssertionError | RuntimeException failedStart) {
            // Nodes that did start would outlive the test run and hold their ports and the
            // standalone server's name ("mariadbd already running") for the next one. Stopped,
            // not deleted: the logs in dir are what tells why.
            try {
                cluster.run(300, "stop");
            } catch (AssertionError | RuntimeException failedCleanup) {
                failedStart.addSuppressed(failedCleanup);
            }
            throw failedStart;
        }
        return cluster;
    }

    String proxyUrl() {
        return "http://127.0.0.1:" + PROXY_PORT;
    }

    String appUrl(String node) {
        return "http://127.0.0.1:" + APP_PORTS.get(node);
    }

    Path dir() {
        return dir;
    }

    /** Runs SQL as root on Galera node {@code node}; the rows come back tab-separated. */
    List<String> sql(int node, String statement) {
        return run(120, "sql", Integer.toString(node), "USE staffroom; " + statement).lines().toList();
    }

    void killApp(String node) {
        run(120, "kill-app", node);
    }

    void startApp(String node) {
        run(600, "start-app", node);
    }

    void killDatabase(int node) {
        run(120, "kill-db", Integer.toString(node));
    }

    void startDatabase(int node) {
        run(900, "start-db", Integer.toString(node));
    }

    void destroy() {
        run(300, "destroy");
    }

    /** The app node whose name the proxy's sticky cookie carries for {@code cookies}, if any. */
    static String nodeOf(List<com.microsoft.playwright.options.Cookie> cookies) {
        return cookies.stream().filter(cookie -> cookie.name.equals("SERVERID")).map(cookie -> cookie.value)
                .findFirst().orElse(null);
    }

    private String run(long timeoutSeconds, String... command) {
        List<String> line = new ArrayList<>(List.of("bash", Path.of("src", "cluster", "cluster.sh").toString()));
        line.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("CLUSTER_DIR", dir.toString());
        env.put("STAFFROOM_JAR", PackagedJar.jar().toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS", "-Xmx512m");
        env.put("CLUSTER_HTTP_PORT", Integer.toString(PROXY_PORT));
        env.put("CLUSTER_APP_PORT_A", APP_PORTS.get("a").toString());
        env.put("CLUSTER_APP_PORT_B", APP_PORTS.get("b").toString());
        env.put("CLUSTER_DB_PORT_BASE", "13400");
        env.put("CLUSTER_GALERA_PORT_BASE", "14560");
        env.put("CLUSTER_IST_PORT_BASE", "14570");
        env.put("CLUSTER_SST_PORT_BASE", "14580");
        env.put("STAFFROOM_ADMIN_PASSWORD", PASSWORD);
        // The tests sign in as administrators with a password; SecondFactorIT is about second factors.
        env.put("STAFFROOM_MFA_REQUIRED_FOR", "NONE");
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return fail("cluster.sh " + String.join(" ", command) + " did not finish:\n" + output);
            }
            if (process.exitValue() != 0) {
                return fail("cluster.sh " + String.join(" ", command) + " failed (" + process.exitValue() + "):\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
