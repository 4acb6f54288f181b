package org.staffroom.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** The jar that {@code ./mvnw verify} packages before the integration tests, started as its own process. */
final class PackagedJar {

    private PackagedJar() {
    }

    /** A command that starts the jar with {@code arguments}, on the JDK running the tests. */
    static ProcessBuilder command(String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar().toString()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path jar() {
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
