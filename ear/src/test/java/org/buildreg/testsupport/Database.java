package org.buildreg.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the database of the domain under test, so that a browser test can check what a page really saved. On H2
 * the server opens the file with AUTO_SERVER=TRUE; this second process then reaches it through the TCP server H2
 * starts for it. The URL comes from system property {@code buildreg.db.url} (the ear's failsafe: the H2 file, or the
 * Oracle schema of the oracle profile), else {@code buildreg.h2.url}.
 */
public final class Database {

    public static final String URL = System.getProperty("buildreg.db.url", System.getProperty("buildreg.h2.url"));
    private static final String USER = System.getProperty("buildreg.db.user", "buildreg");
    private static final String PASSWORD = System.getProperty("buildreg.db.password", "buildreg");

    private Database() {
    }


    /** The rows of a query, each a map from lower-case column label to value, in column order. */
    public static List<Map<String, Object>> query(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int col = 1; col <= meta.getColumnCount(); col++) {
                        row.put(meta.getColumnLabel(col).toLowerCase(Locale.ROOT), rs.getObject(col));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed on " + URL + ": " + sql, e);
        }
    }

    /** The first column of the first row, or null when there is no row. */
    public static Object scalar(String sql, Object... params) {
        List<Map<String, Object>> rows = query(sql, params);
        return rows.isEmpty() ? null : rows.get(0).values().iterator().next();
    }

    /** Runs an UPDATE/DELETE (for what a test must fake, such as time passing) and returns the row count. */
    public static int update(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Update failed on " + URL + ": " + sql, e);
        }
    }

    /** A connection of the tests' own to the platform's database. */
    public static Connection connect() throws SQLException {
        if (URL == null || URL.isBlank()) {
            throw new IllegalStateException("System property buildreg.db.url is not set (the ear's failsafe sets it)");
        }
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }
}
