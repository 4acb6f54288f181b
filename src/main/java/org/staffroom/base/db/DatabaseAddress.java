package org.staffroom.base.db;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where MariaDB's own client programs find the database: host, port, schema and account.
 * For a cluster URL ({@code jdbc:mariadb:sequential://h1,h2/db}) the first host is used.
 */
record DatabaseAddress(String host, int port, String database, String username, String password, boolean tls) {

    private static final Pattern JDBC_URL = Pattern.compile(
            "^jdbc:(?:mariadb|mysql):(?:[a-z]+:)?//(?:[^/@]*@)?(\\[[^\\]]+]|[^,:/?]+)(?::(\\d+))?[^/]*/([^?;]+)(.*)$");

    static DatabaseAddress of(String jdbcUrl, String username, String password) {
        Matcher url = JDBC_URL.matcher(jdbcUrl);
        if (!url.matches()) {
            throw new IllegalArgumentException("not a MariaDB URL with a host and a database: "
                    + DatabaseConnectionSettings.withoutSecrets(jdbcUrl));
        }
        String host = url.group(1).replaceAll("^\\[|]$", "");
        int port = url.group(2) == null ? 3306 : Integer.parseInt(url.group(2));
        boolean tls = url.group(4).matches("(?i).*[?&;](sslMode=(?!disable)|useSsl=true).*");
        return new DatabaseAddress(host, port, url.group(3), username, password == null ? "" : password, tls);
    }

    /** An option file for MariaDB's clients, so that the password never appears in a process list. */
    String clientOptions() {
        return "[client]\nuser=" + quoted(username) + "\npassword=" + quoted(password) + "\n";
    }

    @Override
    public String toString() {
        return username + "@" + host + ":" + port + "/" + database;
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
