package org.staffroom.base.db;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.staffroom.base.config.StaffroomProperties;

/**
 * Backs a database up with {@code mariadb-dump --single-transaction} (a consistent snapshot
 * while the app keeps working) and restores it with the {@code mariadb} client, both from
 * the MariaDB programs Staffroom ships. A name ending in {@code .gz} is compressed.
 */
final class DatabaseDump {

    /** A table every Staffroom database has; a file without it is not a Staffroom backup. */
    private static final String STAFF_TABLE = "CREATE TABLE `staff`";

    private static final String CREATE_TRIGGER = "/*!50003 CREATE*/ /*!50017 DEFINER=";
    private static final Pattern DEFINER = Pattern.compile("/\\*!50017 DEFINER=`(?:[^`]|``)*`@`(?:[^`]|``)*`\\*/ ");

    private final MariaDbServerFiles programs;
    private final DatabaseAddress database;

    private DatabaseDump(MariaDbServerFiles programs, DatabaseAddress database) {
        this.programs = programs;
        this.database = database;
    }

    /**
     * A dump of {@code database} with the programs beside the embedded data directory, which
     * are unpacked there even when only the clients are needed (an external database).
     */
    static DatabaseDump of(StaffroomProperties properties, DatabaseAddress database) {
        Path parent = properties.embeddedDb().dataDir().toAbsolutePath().normalize().getParent();
        return new DatabaseDump(MariaDbServerFiles.unpackInto(parent), database);
    }

    /** Writes the backup to {@code file}; a failed dump leaves no file behind. Returns its size in bytes. */
    long backUpTo(Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Path options = optionFile();
        try {
            Process dump = client(programs.home().resolve("bin/mariadb-dump"), options, "--single-transaction",
                    "--skip-lock-tables", "--no-tablespaces", "--routines", "--triggers", "--hex-blob",
                    "--add-drop-table", database.database());
            CompletableFuture<String> errors = readAll(dump.getErrorStream());
            // Byte for byte (ISO-8859-1 maps every byte to one char), but without the triggers'
            // owner: restored as another account, CREATE TRIGGER … DEFINER= needs SUPER, and the
            // restore would stop half-way; without it, the restoring account owns them.
            try (var in = new BufferedReader(new InputStreamReader(dump.getInputStream(), StandardCharsets.ISO_8859_1));
                    var out = new BufferedWriter(new OutputStreamWriter(output(partial), StandardCharsets.ISO_8859_1))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    out.write(line.startsWith(CREATE_TRIGGER) ? DEFINER.matcher(line).replaceFirst("") : line);
                    out.write('\n');
                }
            }
            finish(dump, errors, "mariadb-dump");
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return Files.size(target);
        } finally {
            Files.deleteIfExists(partial);
            Files.deleteIfExists(options);
        }
    }

    /**
     * Restores {@code file} into the database. A database that holds tables is refused
     * unless {@code replace}; then its tables are dropped first, and only after the file
     * has been checked to be a Staffroom backup.
     */
    void restoreFrom(Path file, boolean replace) throws IOException, SQLException {
        if (!isStaffroomBackup(file)) {
            throw new BackupRefusedException(file + " is not a Staffroom backup (it has no staff table)");
        }
        List<String> tables = tables();
        if (!tables.isEmpty()) {
            if (!replace) {
                throw new BackupRefusedException("the database " + database + " already holds " + tables.size()
                        + " tables; nothing was changed. Add --force to replace them with the backup");
            }
            dropTables(tables);
        }
        Path options = optionFile();
        try {
            Process restore = client(programs.home().resolve("bin/mariadb"), options, "--binary-mode",
                    database.database());
            CompletableFuture<String> errors = readAll(restore.getErrorStream());
            CompletableFuture<String> ignored = readAll(restore.getInputStream());
            try (InputStream in = input(file); OutputStream out = restore.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException brokenPipe) {
                // The client stopped reading: its own message, below, says why.
                finish(restore, errors, "mariadb");
                throw brokenPipe;
            }
            finish(restore, errors, "mariadb");
            ignored.join();
        } finally {
            Files.deleteIfExists(options);
        }
    }

    private Process client(Path program, Path options, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(program.toString(),
                // Must come first; it keeps the password out of the process list.
                "--defaults-extra-file=" + options, "--protocol=TCP", "--host=" + database.host(),
                "--port=" + database.port(), database.tls() ? "--ssl" : "--skip-ssl",
                "--default-character-set=utf8mb4"));
        command.addAll(List.of(arguments));
        return programs.command(command).start();
    }

    private Path optionFile() throws IOException {
        Path options = Files.createTempFile("staffroom-client", ".cnf",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(options, database.clientOptions());
        return options;
    }

    private List<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (var connection = connect();
                var statement = connection.prepareStatement(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = ?")) {
            statement.setString(1, database.database());
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables;
    }

    private void dropTables(List<String> tables) throws SQLException {
        try (var connection = connect(); var statement = connection.createStatement()) {
            statement.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String table : tables) {
                statement.execute("DROP TABLE `" + table.replace("`", "``") + "`");
            }
        }
    }

    private java.sql.Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://" + database.host() + ":" + database.port() + "/"
                + database.database(), database.username(), database.password());
    }

    private static boolean isStaffroomBackup(Path file) throws IOException {
        try (var lines = new BufferedReader(new InputStreamReader(input(file), StandardCharsets.UTF_8))) {
            return lines.lines().anyMatch(line -> line.startsWith(STAFF_TABLE));
        }
    }

    private static InputStream input(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.toString().endsWith(".gz") ? new GZIPInputStream(in, 65_536) : in;
    }

    private static OutputStream output(Path partial) throws IOException {
        OutputStream out = Files.newOutputStream(partial);
        return partial.toString().endsWith(".gz.partial") ? new GZIPOutputStream(out, 65_536) : out;
    }

    private static CompletableFuture<String> readAll(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.getMessage();
            }
        });
    }

    private static void finish(Process process, CompletableFuture<String> errors, String program) throws IOException {
        try {
            int exit = process.waitFor();
            String message = errors.join().strip();
            if (exit != 0) {
                throw new IOException(program + " failed (exit " + exit + "): " + message);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException(program + " was interrupted", e);
        }
    }
}
