package org.staffroom.base.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the server's console for as long as it runs: errors and warnings go to the log,
 * the rest to debug, and the last lines are kept to explain a failed start.
 */
final class ServerOutput {

    private static final Logger log = LoggerFactory.getLogger("org.staffroom.base.db.mariadbd");
    private static final int KEPT_LINES = 8;

    private final CountDownLatch readyOrGone = new CountDownLatch(1);
    private final Deque<String> lastLines = new ArrayDeque<>();
    private volatile boolean ready;

    private ServerOutput() {
    }

    static ServerOutput follow(Process process) {
        ServerOutput output = new ServerOutput();
        Thread reader = new Thread(() -> output.read(process), "mariadbd-output");
        reader.setDaemon(true);
        reader.start();
        return output;
    }

    /** Waits until the server accepts connections; false if it exited or took too long. */
    boolean awaitReady(Duration timeout) {
        try {
            return readyOrGone.await(timeout.toMillis(), TimeUnit.MILLISECONDS) && ready;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    synchronized String lastLines() {
        return lastLines.isEmpty() ? "the server printed nothing" : String.join(" | ", lastLines);
    }

    private void read(Process process) {
        try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                keep(line);
                if (line.contains("[ERROR]")) {
                    log.error(line);
                } else if (line.contains("[Warning]")) {
                    log.warn(line);
                } else {
                    log.debug(line);
                }
                if (line.endsWith("ready for connections.")) {
                    ready = true;
                    readyOrGone.countDown();
                }
            }
        } catch (IOException e) {
            log.debug("Stopped reading the server's output: {}", e.getMessage());
        } finally {
            readyOrGone.countDown();
        }
    }

    private synchronized void keep(String line) {
        if (lastLines.size() == KEPT_LINES) {
            lastLines.removeFirst();
        }
        lastLines.addLast(line);
    }
}
