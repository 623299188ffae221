package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.buildreg.auth.PasswordHasher;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The old system's MD5 hashes, kept bare in {@code account.legacy_md5} by earlier migrations, wrapped in PBKDF2 into
 * {@code password_hash} (see {@link PasswordHasher#wrapLegacyMd5}); then the column goes, so that no MD5 is ever
 * stored bare again. Java, because the wrap is PBKDF2, which neither database has in SQL.
 */
public class V16__wrap_legacy_md5 extends BaseJavaMigration {

    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement select = c.createStatement();
                ResultSet rows = select.executeQuery("SELECT id, legacy_md5 FROM account WHERE legacy_md5 IS NOT NULL");
                PreparedStatement update = c.prepareStatement(
                        "UPDATE account SET password_hash = ?, legacy_md5 = NULL WHERE id = ?")) {
            int pending = 0;
            while (rows.next()) {
                update.setString(1, PasswordHasher.wrapLegacyMd5(rows.getString(2)));
                update.setLong(2, rows.getLong(1));
                update.addBatch();
                if (++pending == BATCH) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
        try (Statement drop = c.createStatement()) {
            drop.execute("ALTER TABLE account DROP COLUMN legacy_md5");
        }
    }
}
