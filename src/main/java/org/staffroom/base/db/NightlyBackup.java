package org.staffroom.base.db;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.staffroom.base.config.StaffroomProperties;

/**
 * With {@code staffroom.backup.dir} set, a backup every night into that directory, keeping
 * the newest {@code staffroom.backup.keep}. On several nodes one of them makes it: ShedLock
 * holds the night's lock in the database.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("staffroom.backup.dir")
@EnableScheduling
class NightlyBackup {

    private static final Logger log = LoggerFactory.getLogger(NightlyBackup.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");
    // Only files of this name are ever deleted from the directory.
    private static final Pattern BACKUP_NAME = Pattern.compile("staffroom-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.sql\\.gz");

    private final StaffroomProperties properties;
    private final HikariDataSource dataSource;

    NightlyBackup(StaffroomProperties properties, HikariDataSource dataSource) {
        this.properties = properties;
        this.dataSource = dataSource;
    }

    // Held for at least ten minutes, so a node whose clock runs a little behind cannot run it again.
    @Scheduled(cron = "${staffroom.backup.cron:0 30 2 * * *}")
    @SchedulerLock(name = "nightly-backup", lockAtLeastFor = "PT10M")
    void run() {
        Path dir = properties.backup().dir();
        Path file = dir.resolve("staffroom-" + LocalDateTime.now().format(STAMP) + ".sql.gz");
        try {
            DatabaseDump dump = DatabaseDump.of(properties,
                    DatabaseAddress.of(dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword()));
            long startedAt = System.nanoTime();
            long bytes = dump.backUpTo(file);
            log.info("Nightly backup written: {} ({} KB, {} ms)", file.toAbsolutePath(), (bytes + 1023) / 1024,
                    (System.nanoTime() - startedAt) / 1_000_000);
            deleteAllButNewest(dir, properties.backup().keep());
        } catch (IOException | RuntimeException e) {
            log.error("Nightly backup to {} failed: {}", file.toAbsolutePath(), e.getMessage());
        }
    }

    private static void deleteAllButNewest(Path dir, int keep) throws IOException {
        List<Path> backups;
        try (Stream<Path> files = Files.list(dir)) {
            // The names sort by time.
            backups = files.filter(file -> BACKUP_NAME.matcher(file.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(Path::getFileName).reversed()).toList();
        }
        for (Path old : backups.subList(Math.min(keep, backups.size()), backups.size())) {
            Files.delete(old);
            log.info("Old backup deleted: {}", old.toAbsolutePath());
        }
    }
}
