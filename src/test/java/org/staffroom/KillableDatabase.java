package org.staffroom;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.util.FileSystemUtils;
import org.staffroom.base.db.EmbeddedMariaDb;

/**
 * A MariaDB server of its own for a test to kill with SIGKILL, as a crash or the kernel's
 * out-of-memory killer would, and to start again on the same port and data.
 */
public final class KillableDatabase implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private EmbeddedMariaDb server;

    private KillableDatabase(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
        this.server = EmbeddedMariaDb.start(dataDir, port, "staffroom");
    }

    public static KillableDatabase start(String name) {
        return new KillableDatabase(Path.of("target", "test-mariadb", name + "-" + System.nanoTime()), freePort());
    }

    public String jdbcUrl() {
        return server.jdbcUrl();
    }

    public String username() {
        return server.username();
    }

    public String password() {
        return server.password();
    }

    /** Kills the server process with SIGKILL and waits until it is gone. */
    public synchronized void kill() throws Exception {
        String dataDirArgument = "--datadir=" + server.dataDir();
        List<ProcessHandle> servers = ProcessHandle.current().descendants()
                .filter(process -> process.info().arguments()
                        .map(arguments -> Arrays.asList(arguments).contains(dataDirArgument)).orElse(false))
                .toList();
        if (servers.isEmpty()) {
            throw new IllegalStateException("no server process runs with " + dataDirArgument);
        }
        for (ProcessHandle process : servers) {
            process.destroyForcibly();
            process.onExit().get(30, TimeUnit.SECONDS);
        }
    }

    /** Starts the server again on the same port and data, as an operator would after a crash. */
    public synchronized void restart() {
        server.close();
        server = EmbeddedMariaDb.start(dataDir, port, "staffroom");
    }

    /** Stops the server and removes its data: they belong to the test. */
    @Override
    public synchronized void close() {
        server.close();
        try {
            FileSystemUtils.deleteRecursively(dataDir);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh {@code staffroom.secret-key} for an app on an external database. */
    public static String randomSecretKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
