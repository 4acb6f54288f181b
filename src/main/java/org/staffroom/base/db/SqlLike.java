package org.staffroom.base.db;

/** Text for SQL's {@code LIKE}, so that what someone typed matches as typed. */
public final class SqlLike {

    private SqlLike() {
    }

    /** {@code text} with LIKE's wildcards and its escape character escaped (MariaDB's default escape, backslash). */
    public static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
