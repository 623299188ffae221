package org.buildreg.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Whether the platform has finished starting: divisions loaded, and demo data settled (loaded or not wanted),
 * including, in demo mode, the sample export migrated by legacy-migration.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PlatformStatus {

    @Resource(lookup = "jdbc/buildreg")
    private DataSource dataSource;
    private volatile boolean demoSettled;
    private volatile boolean referenceSettled;
    /** Demo mode also migrates the bundled sample of the old system's export through the real job. */
    private volatile boolean legacyDemoSettled = !Boolean.getBoolean("buildreg.demo");

    public void demoDataSettled() {
        demoSettled = true;
    }

    /** The demo accounts, enterprises and certificates are there (or the platform runs without them). */
    public boolean isDemoDataSettled() {
        return demoSettled;
    }

    /** The divisions are all there (loaded by their job, or found loaded). */
    public void referenceDataSettled() {
        referenceSettled = true;
    }

    public boolean isReferenceDataSettled() {
        return referenceSettled;
    }

    public void legacyDemoSettled() {
        legacyDemoSettled = true;
    }

    public boolean isReady() {
        if (!demoSettled || !legacyDemoSettled) {
            return false;
        }
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM division")) {
            return rs.next() && rs.getInt(1) > 0;
        } catch (SQLException e) {
            return false;
        }
    }
}
