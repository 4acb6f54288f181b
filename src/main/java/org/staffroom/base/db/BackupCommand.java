package org.staffroom.base.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.staffroom.base.config.StaffroomProperties;

/**
 * {@code java -jar staffroom.jar --backup=FILE} and {@code --restore=FILE [--force]}: a
 * backup or restore of the configured database, embedded or external, with the same
 * settings as the app and without starting it. The embedded server is used where it runs
 * (the app is up) and started for the command otherwise.
 */
public final class BackupCommand {

    private static final Logger log = LoggerFactory.getLogger(BackupCommand.class);

    private BackupCommand() {
    }

    public static boolean isRequested(String[] args) {
        return option(args, "--backup=").isPresent() || option(args, "--restore=").isPresent();
    }

    /** Runs the command and returns the process's exit status. */
    public static int run(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(args)) {
            Environment environment = context.getEnvironment();
            StaffroomProperties properties = Binder.get(environment).bindOrCreate("staffroom", StaffroomProperties.class);
            Optional<String> backup = option(args, "--backup=");
            Path file = Path.of(backup.or(() -> option(args, "--restore=")).orElseThrow());
            boolean force = Arrays.asList(args).contains("--force");
            String url = environment.getProperty("spring.datasource.url", "");
            long startedAt = System.nanoTime();
            if (!url.isBlank()) {
                DatabaseAddress external = DatabaseAddress.of(url, environment.getProperty("spring.datasource.username"),
                        environment.getProperty("spring.datasource.password"));
                perform(properties, external, file, backup.isPresent(), force);
            } else {
                onEmbedded(properties, file, backup.isPresent(), force);
            }
            log.info("{} {} in {} ms", backup.isPresent() ? "Backup written to" : "Restored from", file.toAbsolutePath(),
                    (System.nanoTime() - startedAt) / 1_000_000);
            return 0;
        } catch (BackupRefusedException | EmbeddedDatabaseStartException e) {
            log.error("Refused: {}", e.getMessage());
            return 2;
        } catch (Exception e) {
            log.error("Failed: {}", e.getMessage());
            return 1;
        }
    }

    private static void onEmbedded(StaffroomProperties properties, Path file, boolean backup, boolean force)
            throws Exception {
        StaffroomProperties.EmbeddedDb settings = properties.embeddedDb();
        Path dataDir = settings.dataDir().toAbsolutePath().normalize();
        Optional<DatabaseAddress> running = runningServer(dataDir, settings);
        if (running.isPresent()) {
            if (!backup) {
                throw new BackupRefusedException("Staffroom's database in " + dataDir + " is in use on port "
                        + settings.port() + "; stop Staffroom before restoring");
            }
            perform(properties, running.get(), file, true, force);
            return;
        }
        if (backup && !Files.isDirectory(dataDir.resolve("mysql"))) {
            throw new BackupRefusedException("there is no database in " + dataDir + " to back up");
        }
        try (EmbeddedMariaDb server = EmbeddedMariaDb.start(dataDir, 0, settings.database(), settings.bufferPoolSize())) {
            perform(properties, DatabaseAddress.of(server.jdbcUrl(), server.username(), server.password()), file,
                    backup, force);
        }
    }

    // The app's server answers with the password in its data directory.
    private static Optional<DatabaseAddress> runningServer(Path dataDir, StaffroomProperties.EmbeddedDb settings) {
        try {
            Optional<String> password = AppDatabaseAccount.storedPassword(dataDir);
            if (password.isEmpty() || settings.port() == 0) {
                return Optional.empty();
            }
            String url = "jdbc:mariadb://127.0.0.1:" + settings.port() + "/" + settings.database() + "?connectTimeout=2000";
            try (var connection = DriverManager.getConnection(url, AppDatabaseAccount.USER, password.get())) {
                return Optional.of(DatabaseAddress.of(url, AppDatabaseAccount.USER, password.get()));
            }
        } catch (SQLException | java.io.IOException notRunning) {
            return Optional.empty();
        }
    }

    private static void perform(StaffroomProperties properties, DatabaseAddress database, Path file, boolean backup,
            boolean force) throws Exception {
        DatabaseDump dump = DatabaseDump.of(properties, database);
        if (backup) {
            long bytes = dump.backUpTo(file);
            log.info("Backup of {}: {} ({} KB)", database, file.toAbsolutePath(), (bytes + 1023) / 1024);
        } else {
            dump.restoreFrom(file, force);
        }
    }

    private static Optional<String> option(String[] args, String prefix) {
        return Arrays.stream(args).filter(arg -> arg.startsWith(prefix)).map(arg -> arg.substring(prefix.length()))
                .findFirst();
    }

    /** Reads the settings as the app does, and starts nothing: no web server, no pool, no views. */
    static final class Settings {
    }
}
