package org.staffroom.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import org.staffroom.Benchmarks;

/**
 * How long the packaged jar takes from {@code java} to a readiness probe that says UP, on an
 * embedded database that is already installed: as shipped, and unpacked with the AOT cache of
 * {@code src/aot/aot-cache.sh}. The two take turns, so a busy moment of this shared machine hits
 * both alike. It also prints what the embedded database's own start took (from the app's log).
 * Run {@code ./mvnw package} first.
 */
@Tag("benchmark")
class StartTimeBenchmark {

    private static final int RUNS = 7;
    private static final Pattern DATABASE_START = Pattern.compile("started in (\\d+) ms");
    private static final Pattern SPRING_START = Pattern.compile("Started Application in ([\\d.]+) seconds");

    @Test
    void fromLaunchToReady() throws Exception {
        Path work = Path.of("target", "benchmark", "start-time").toAbsolutePath();
        FileSystemUtils.deleteRecursively(work);
        Files.createDirectories(work);
        Path jar = PackagedJar.jar();
        Path app = work.resolve("app");
        Process training = new ProcessBuilder("bash", "src/aot/aot-cache.sh", jar.toString(), app.toString())
                .inheritIO().start();
        if (training.waitFor() != 0) {
            throw new IllegalStateException("src/aot/aot-cache.sh failed");
        }
        Map<String, List<String>> ways = new LinkedHashMap<>();
        ways.put("java -jar (as shipped)", List.of("-jar", jar.toString()));
        ways.put("AOT cache, unpacked", List.of("-XX:AOTCache=" + app.resolve("staffroom.aot"), "-jar",
                app.resolve("staffroom.jar").toString()));
        Path data = work.resolve("data").resolve("mariadb");
        // The first start installs the database; every measured one finds it there.
        start(ways.values().iterator().next(), data, work.resolve("install.log"));
        Map<String, double[]> ready = new LinkedHashMap<>();
        Map<String, double[]> database = new LinkedHashMap<>();
        Map<String, double[]> spring = new LinkedHashMap<>();
        ways.keySet().forEach(way -> {
            ready.put(way, new double[RUNS]);
            database.put(way, new double[RUNS]);
            spring.put(way, new double[RUNS]);
        });
        for (int run = 0; run < RUNS; run++) {
            int wayNumber = 0;
            for (var way : ways.entrySet()) {
                Path log = work.resolve("run-" + run + "-" + wayNumber++ + ".log");
                ready.get(way.getKey())[run] = start(way.getValue(), data, log);
                String output = Files.readString(log);
                if (output.contains("][aot]")) {
                    throw new IllegalStateException("the JVM refused the AOT cache; see " + log);
                }
                database.get(way.getKey())[run] = number(DATABASE_START, output);
                spring.get(way.getKey())[run] = number(SPRING_START, output) * 1000;
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%nStart time, median of %d (embedded database already installed)", RUNS));
        lines.add(String.format("%-26s %14s %18s %16s", "", "ready (ms)", "Spring's own (ms)", "database (ms)"));
        ways.keySet().forEach(way -> lines.add(String.format("%-26s %14.0f %18.0f %16.0f", way,
                Benchmarks.median(ready.get(way)), Benchmarks.median(spring.get(way)),
                Benchmarks.median(database.get(way)))));
        List<String> names = new ArrayList<>(ways.keySet());
        lines.add(String.format("ratio %s / %s: %.2f", names.get(1), names.get(0),
                Benchmarks.median(ready.get(names.get(1))) / Benchmarks.median(ready.get(names.get(0)))));
        System.out.println(String.join(System.lineSeparator(), lines));
        FileSystemUtils.deleteRecursively(work);
    }

    /** Starts the app, returns the milliseconds until readiness said UP, and stops it again. */
    private static double start(List<String> launch, Path data, Path log) throws Exception {
        int port = PackagedJar.freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(launch);
        command.addAll(List.of("--server.port=" + port, "--staffroom.embedded-db.data-dir=" + data,
                "--staffroom.embedded-db.port=" + PackagedJar.freePort(), "--staffroom.admin.password=Start-time-passphrase-26"));
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                .build();
        long started = System.nanoTime();
        Process app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            while (true) {
                if (!app.isAlive()) {
                    throw new IllegalStateException("the app stopped during start; see " + log);
                }
                try {
                    if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return (System.nanoTime() - started) / 1e6;
                    }
                } catch (java.io.IOException notYet) {
                    // not listening yet
                }
                if (System.nanoTime() - started > TimeUnit.MINUTES.toNanos(3)) {
                    throw new IllegalStateException("not ready within 3 minutes; see " + log);
                }
                Thread.sleep(20);
            }
        } finally {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor();
            }
        }
    }

    private static double number(Pattern pattern, String log) {
        Matcher matcher = pattern.matcher(log);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : Double.NaN;
    }
}
