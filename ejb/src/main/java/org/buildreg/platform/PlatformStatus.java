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

/** Whether the platform has finished starting: divisions loaded, and demo data settled (loaded or not wanted). */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PlatformStatus {

    @Resource(lookup = "jdbc/buildreg")
    private DataSource dataSource;
    private volatile boolean demoSettled;

    public void demoDataSettled() {
        demoSettled = true;
    }

    public boolean isReady() {
        if (!demoSettled) {
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
