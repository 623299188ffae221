package org.buildreg.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * The schema's character columns as the applied migration scripts declare them, and the checks that make H2 refuse
 * what Oracle would. Oracle counts {@code VARCHAR2(n)} in bytes (three per Chinese character in AL32UTF8) unless it
 * says {@code n CHAR}, and never stores more than 4,000 bytes in a VARCHAR2; H2 counts characters and ignores both.
 * {@link #addByteChecks} adds {@code CHECK (OCTET_LENGTH(c) <= n)} to every column still sized in bytes, and the
 * 4,000-byte ceiling to every column that could pass it, so that tests on H2 fail where Oracle would. The test domain
 * and the migration tests run with them ({@code -Dbuildreg.schema.byte-checks=true}).
 */
public final class CharacterColumns {

    /** Oracle's ceiling of a VARCHAR2 (MAX_STRING_SIZE = STANDARD), whatever its semantics. */
    public static final int ORACLE_MAX_BYTES = 4000;
    private static final Pattern CREATE = Pattern.compile("CREATE TABLE\\s+(\\w+)\\s*\\((.*?)\\n\\);", Pattern.DOTALL);
    private static final Pattern COLUMN = Pattern.compile("^\\s*(\\w+)\\s+VARCHAR2\\((\\d+)(\\s+CHAR|\\s+BYTE)?\\)");
    private static final Pattern ADD = Pattern.compile(
            "ALTER TABLE\\s+(\\w+)\\s+(?:ADD|MODIFY)\\s*\\(?\\s*(\\w+)\\s+VARCHAR2\\((\\d+)(\\s+CHAR|\\s+BYTE)?\\)");
    private static final Pattern DROP = Pattern.compile("ALTER TABLE\\s+(\\w+)\\s+DROP COLUMN\\s+(\\w+)");

    /** A VARCHAR2 column: its length and whether Oracle counts it in characters. */
    public record Column(String table, String name, int length, boolean inCharacters) {
    }

    private final Map<String, Column> columns = new LinkedHashMap<>();

    private CharacterColumns() {
    }

    /** The columns the SQL scripts declare, read in the order given (the Flyway versions' order). */
    public static CharacterColumns of(List<String> scripts) {
        CharacterColumns schema = new CharacterColumns();
        for (String script : scripts) {
            schema.read(script.replaceAll("--[^\\n]*", ""));
        }
        return schema;
    }

    /**
     * The columns of the SQL scripts {@code flyway} has applied, as far as its database still has them (a Java
     * migration, which no script shows, may have dropped one).
     */
    public static CharacterColumns applied(Flyway flyway, DataSource dataSource, ClassLoader loader) {
        List<String> scripts = new ArrayList<>();
        for (MigrationInfo migration : flyway.info().applied()) {
            String script = migration.getScript();
            if (script != null && script.endsWith(".sql")) {
                try (InputStream in = loader.getResourceAsStream("db/migration/" + script)) {
                    if (in != null) {
                        scripts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        CharacterColumns schema = of(scripts);
        try (Connection c = dataSource.getConnection()) {
            for (Column column : List.copyOf(schema.columns.values())) {
                if (!exists(c, column)) {
                    schema.columns.remove(key(column.table(), column.name()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the schema's columns could not be read", e);
        }
        return schema;
    }

    private void read(String sql) {
        Matcher create = CREATE.matcher(sql);
        while (create.find()) {
            for (String line : create.group(2).split("\n")) {
                Matcher column = COLUMN.matcher(line);
                if (column.find()) {
                    put(create.group(1), column.group(1), column.group(2), column.group(3));
                }
            }
        }
        Matcher alter = ADD.matcher(sql);
        while (alter.find()) {
            put(alter.group(1), alter.group(2), alter.group(3), alter.group(4));
        }
        Matcher drop = DROP.matcher(sql);
        while (drop.find()) {
            columns.remove(key(drop.group(1), drop.group(2)));
        }
    }

    private void put(String table, String name, String length, String semantics) {
        boolean inCharacters = semantics != null && semantics.strip().equalsIgnoreCase("CHAR");
        columns.put(key(table, name), new Column(table.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT),
                Integer.parseInt(length), inCharacters));
    }

    private static String key(String table, String column) {
        return (table + "." + column).toLowerCase(Locale.ROOT);
    }

    public List<Column> all() {
        return List.copyOf(columns.values());
    }

    /** The columns Oracle would count in bytes: none, once every migration says CHAR. */
    public List<Column> sizedInBytes() {
        return columns.values().stream().filter(c -> !c.inCharacters()).toList();
    }

    /**
     * Adds to every column the check Oracle's limit amounts to: its length in bytes for a byte-sized column, the
     * 4,000-byte ceiling for a character-sized one that could pass it. Safe to repeat.
     */
    public void addByteChecks(Connection c) throws SQLException {
        try (Statement statement = c.createStatement()) {
            for (Column column : columns.values()) {
                int limit = column.inCharacters() ? ORACLE_MAX_BYTES : column.length();
                if (column.inCharacters() && column.length() * 3 <= ORACLE_MAX_BYTES) {
                    continue;
                }
                statement.execute("ALTER TABLE " + column.table() + " ADD CONSTRAINT IF NOT EXISTS "
                        + "ck_bytes_" + column.table() + "_" + column.name() + " CHECK (OCTET_LENGTH(" + column.name()
                        + ") <= " + limit + ")");
            }
        }
    }

    /** Applies {@link #addByteChecks} to the database {@code flyway} migrated. */
    public static void addByteChecks(Flyway flyway, DataSource dataSource, ClassLoader loader) {
        CharacterColumns schema = applied(flyway, dataSource, loader);
        try (Connection c = dataSource.getConnection()) {
            schema.addByteChecks(c);
        } catch (SQLException e) {
            throw new IllegalStateException("the byte-length checks could not be added", e);
        }
    }

    private static boolean exists(Connection c, Column column) throws SQLException {
        try (ResultSet rs = c.getMetaData().getColumns(null, null, column.table().toUpperCase(Locale.ROOT),
                column.name().toUpperCase(Locale.ROOT))) {
            return rs.next();
        }
    }
}
