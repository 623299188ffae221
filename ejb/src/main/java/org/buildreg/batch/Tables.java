package org.buildreg.batch;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Whether a table exists in the connection's schema (unquoted names: upper case on Oracle and H2). */
final class Tables {

    private Tables() {
    }

    static boolean exists(Connection c, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(null, c.getSchema(), table.toUpperCase(java.util.Locale.ROOT),
                new String[] {"TABLE"})) {
            return rs.next();
        }
    }
}
