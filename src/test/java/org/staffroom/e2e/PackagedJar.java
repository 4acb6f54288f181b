package org.staffroom.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** The jar that {@code ./mvnw verify} packages before the integration tests, started as its own process. */
final class PackagedJar {

    private PackagedJar() {
    }

    /** A command that starts the jar with {@code arguments}, on the JDK running the tests. */
    static ProcessBuilder command(String... arguments) {
        return command(jar(), List.of(), arguments);
    }

    /** A command that starts {@code jar} with {@code jvmOptions} and {@code arguments}, on the JDK running the tests. */
    static ProcessBuilder command(Path jar, List<String> jvmOptions, String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    /** Starts the jar on {@code httpPort} and waits until its readiness probe says UP. */
    static Process startReady(Path log, int httpPort, String... arguments) throws IOException, InterruptedException {
        return startReady(jar(), List.of(), log, httpPort, arguments);
    }

    /** Starts {@code jar} with {@code jvmOptions} on {@code httpPort} and waits until its readiness probe says UP. */
    static Process startReady(Path jar, List<String> jvmOptions, Path log, int httpPort, String... arguments)
            throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("--server.port=" + httpPort));
        all.addAll(List.of(arguments));
        Process app = command(jar, jvmOptions, all.toArray(String[]::new)).redirectOutput(log.toFile()).start();
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                fail("the app stopped during start; see " + log);
            }
            try {
                var response = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + httpPort + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return app;
                }
            } catch (IOException starting) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        app.destroyForcibly();
        return fail("the app did not become ready within 120 s; see " + log);
    }

    static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path jar() {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            Path jar = files.filter(f -> f.getFileName().toString().matches("staffroom-.*\\.jar")).findFirst().orElse(null);
            if (jar == null) {
                String message = "No packaged jar in target/: run ./mvnw verify (it packages before the integration tests)";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    fail(message);
                }
                Assumptions.abort(message);
            }
            return jar.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
