package org.buildreg.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** What a form accepts fits where it is stored: every column of every limit, in characters, at least that wide. */
class TextLimitTest {

    @Test
    void everyColumnATextLandsInHoldsTheLongestTheFormAccepts() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:text_limits;MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        try {
            Flyway flyway = DatabaseMigration.migrator(dataSource, getClass().getClassLoader());
            flyway.migrate();
            Map<String, CharacterColumns.Column> columns = CharacterColumns.applied(flyway, dataSource,
                    getClass().getClassLoader()).all().stream()
                    .collect(Collectors.toMap(c -> c.table() + "." + c.name(), Function.identity()));
            for (TextLimit limit : TextLimit.values()) {
                for (String name : limit.columns()) {
                    CharacterColumns.Column column = columns.get(name);
                    assertNotNull(column, limit + ": no column " + name);
                    assertTrue(column.inCharacters(), name + " is sized in bytes");
                    assertTrue(column.length() >= limit.length(), limit + " allows " + limit.length()
                            + " characters, " + name + " holds " + column.length());
                }
            }
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        }
    }

    @Test
    void theLongestChineseIsAcceptedAndOneMoreIsRefusedBesideTheField() {
        Refusal.Collector errors = new Refusal.Collector();
        TextLimit.ADDRESS.check(errors, "registeredAddress", "路".repeat(150), "工商注册地址");
        TextLimit.ADDRESS.check(errors, "currentAddress", " " + "路".repeat(150) + " ", "公司现地址");
        TextLimit.ADDRESS.check(errors, "blank", null, "空");
        assertFalse(errors.hasErrorOn("registeredAddress") || errors.hasErrorOn("currentAddress")
                || errors.hasErrorOn("blank"));
        TextLimit.ADDRESS.check(errors, "registeredAddress", "路".repeat(151), "工商注册地址");
        Refusal refusal = org.junit.jupiter.api.Assertions.assertThrows(Refusal.class, errors::throwIfAny);
        assertEquals(Map.of("registeredAddress", "工商注册地址不能超过150个字"), refusal.messages());
    }
}
