package org.buildreg.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.buildreg.batch.legacy.LegacyExportGenerator;
import org.buildreg.testsupport.Browser;
import org.buildreg.testsupport.Database;
import org.buildreg.testsupport.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * 批处理控制台: 证书过期处理 started from the console writes the 90/30-day reminders of a certificate running out
 * (个人中心 shows them), expires it once past its 有效期至 (and 个人中心 stops reminding of it), a second run changes
 * nothing, the step's metrics are shown; other roles are kept out.
 */
class BatchConsoleIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final String CONSOLE = "/admin/batch/console.xhtml";
    private static final String CERTIFICATE = "蒙建安IT(2026)0000901";
    private static final Duration JOB_TIMEOUT = Duration.ofSeconds(60);

    @AfterEach
    void removeTheTestCertificate() {
        Database.update("DELETE FROM expiry_reminder WHERE kind = 'SAFETY_STAFF' AND certificate_id = 990001");
        Database.update("DELETE FROM safety_staff_certificate WHERE certificate_no = ?", CERTIFICATE);
    }

    /** A 安管人员证书 of 李秀英 (demoqy01) running out in 10 days: 个人中心 reminds of it at the 30-day level. */
    private static void certificateRunningOutSoon() {
        Object person = Database.scalar("SELECT id FROM person WHERE name = '李秀英'");
        Object enterprise = Database.scalar("SELECT e.id FROM enterprise e JOIN account a ON a.enterprise_id = e.id"
                + " WHERE a.username = 'demoqy01'");
        Object category = Database.scalar("SELECT MIN(code) FROM safety_staff_category");
        Database.update("INSERT INTO safety_staff_certificate (id, certificate_no, person_id, enterprise_id, category,"
                + " issued_on, valid_from, valid_until, status) VALUES (990001, ?, ?, ?, ?, ?, ?, ?, 'VALID')",
                CERTIFICATE, person, enterprise, category, java.sql.Date.valueOf(LocalDate.now().minusYears(3)),
                java.sql.Date.valueOf(LocalDate.now().minusYears(3)), java.sql.Date.valueOf(LocalDate.now().plusDays(10)));
    }

    private static String reminders() {
        return browser.driver().findElement(By.id("expiry")).getText();
    }

    private static WebElement newestExecution() {
        return browser.driver().findElements(By.cssSelector("[id$='executions_data'] > tr")).get(0);
    }

    private static String cell(WebElement row, String cssClass) {
        return row.findElement(By.cssSelector("td." + cssClass)).getText().trim();
    }

    /** Starts 证书过期处理 and waits (the page polls by itself) until its execution has completed; returns its row. */
    private static WebElement sweep(long previousId) {
        browser.selectByLabel("作业", "证书过期处理");
        browser.click("启动");
        assertTrue(browser.globalMessages().contains("已启动 证书过期处理"), browser.globalMessages());
        browser.wait(JOB_TIMEOUT).until(d -> {
            WebElement row = newestExecution();
            return Long.parseLong(cell(row, "br-execution-id")) > previousId
                    && cell(row, "br-execution-status").startsWith("已完成");
        });
        return newestExecution();
    }

    @Test
    void theExpirySweepRemindsOfWhatRunsOutExpiresWhatIsPastItsDateAndASecondRunChangesNothing() {
        certificateRunningOutSoon();
        browser.login("admin", "Demo2026");
        browser.open(CONSOLE);
        List<WebElement> jobs = browser.driver().findElements(By.cssSelector("[id$='jobs_data'] > tr"));
        assertTrue(jobs.stream().anyMatch(r -> r.getText().contains("证书过期处理") && r.getText().contains("可启动")),
                "jobs: " + jobs.stream().map(WebElement::getText).toList());
        long before = latestExecution();

        WebElement reminding = sweep(before);
        assertTrue(cell(reminding, "br-exit-status").endsWith("新到期提醒 2"), cell(reminding, "br-exit-status"));
        long remindingId = Long.parseLong(cell(reminding, "br-execution-id"));
        browser.logout();
        browser.login("demoqy01", "Demo2026");
        assertTrue(reminders().contains(CERTIFICATE) && reminders().contains("30天内到期")
                && reminders().contains(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString()), reminders());
        browser.logout();

        // Time passes: the certificate's last day was yesterday.
        Database.update("UPDATE safety_staff_certificate SET valid_until = ? WHERE certificate_no = ?",
                java.sql.Date.valueOf(LocalDate.now().minusDays(1)), CERTIFICATE);

        browser.login("admin", "Demo2026");
        browser.open(CONSOLE);
        WebElement first = sweep(remindingId);
        String exit = cell(first, "br-exit-status");
        assertTrue(exit.startsWith("已过期：") && !exit.contains("安管人员证书 0"), exit);
        assertEquals("EXPIRED", Database.scalar("SELECT status FROM safety_staff_certificate WHERE certificate_no = ?",
                CERTIFICATE));
        assertTrue(first.findElement(By.cssSelector(".br-metrics")).getText().contains("expire 已完成"), first.getText());
        browser.screenshot("batch-console-first-sweep");
        assertTrue(browser.driver().findElement(By.cssSelector("[id$='executions']")).getText().contains("参考数据导入"),
                "the start-up load's execution is listed too");

        long firstId = Long.parseLong(cell(first, "br-execution-id"));
        WebElement second = sweep(firstId);
        assertEquals("已过期：二级建造师注册证书 0，安管人员证书 0，安全生产许可证 0；新到期提醒 0",
                cell(second, "br-exit-status"));
        assertTrue(second.findElement(By.cssSelector(".br-metrics")).getText().contains("读取"), second.getText());
        assertEquals("EXPIRED", Database.scalar("SELECT status FROM safety_staff_certificate WHERE certificate_no = ?",
                CERTIFICATE));
        browser.js().executeScript("arguments[0].scrollIntoView()",
                browser.driver().findElement(By.cssSelector("[id$='executions']")));
        browser.screenshot("batch-console-second-sweep");
        browser.logout();

        browser.login("demoqy01", "Demo2026");
        assertFalse(reminders().contains(CERTIFICATE), reminders());
    }

    @Test
    void aMigrationStartsFromAnUploadedExportAndBadParametersAreRefusedBesideTheirField() throws Exception {
        Path folder = Files.createTempDirectory("upload-export");
        new LegacyExportGenerator(600_000, "U").write(folder, 40);
        Path zip = folder.resolveSibling(folder.getFileName() + ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
             Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                out.putNextEntry(new ZipEntry(file.getFileName().toString()));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        Path notAZip = Files.writeString(folder.resolveSibling("export.zip.txt"), "企业编码,企业名称\n");
        long before = latestExecution();

        browser.login("batch01", "Demo2026");
        browser.open(CONSOLE);
        browser.selectByLabel("作业", "旧系统数据迁移");
        browser.click("启动");
        assertEquals("请填写服务器上的路径", browser.messageFor("服务器路径"));
        browser.type("服务器路径", "exports/2026.zip");
        browser.click("启动");
        assertTrue(browser.messageFor("服务器路径").startsWith("请填写服务器上的绝对路径"), browser.messageFor("服务器路径"));
        Path imports = Server.importFolder().toRealPath();
        browser.type("服务器路径", "/etc/passwd");
        browser.click("启动");
        assertEquals("只能使用导入目录 " + imports + " 中的文件或目录，请先将导出文件放入该目录",
                browser.messageFor("服务器路径"));
        Path link = imports.resolve("etc-link");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, Path.of("/etc"));
        browser.type("服务器路径", link.resolve("passwd").toString());
        browser.click("启动");
        assertTrue(browser.messageFor("服务器路径").startsWith("只能使用导入目录"), "no link leads out of it");
        browser.type("服务器路径", imports.resolve("no-such-export.zip").toString());
        browser.click("启动");
        assertEquals("服务器上没有该文件或目录：" + imports.resolve("no-such-export.zip"), browser.messageFor("服务器路径"));
        browser.attachFile(notAZip);
        browser.click("启动");
        assertTrue(browser.allMessages().contains("上传的文件不是ZIP格式的导出文件"), browser.allMessages());
        browser.screenshot("batch-console-refused");
        assertEquals(before, latestExecution(), "nothing started");

        Path uploads = Files.createDirectories(imports.resolve("uploads"));
        List<Path> uploadedBefore = list(uploads);
        browser.attachFile(zip);
        browser.click("启动");
        assertTrue(browser.globalMessages().contains("已启动 旧系统数据迁移"), browser.globalMessages());
        browser.wait(JOB_TIMEOUT).until(d -> cell(newestExecution(), "br-execution-status").startsWith("已完成"));
        assertTrue(latestExecution() > before);
        assertEquals(uploadedBefore, list(uploads), "the uploaded export is deleted once the migration completed");
        assertTrue(Files.exists(zip), "(the operator's own copy is not the server's)");
        assertEquals(10L, ((Number) Database.scalar("SELECT COUNT(*) FROM enterprise WHERE legacy_code LIKE '7_____'"))
                .longValue(), "the uploaded export's enterprises");
        assertTrue(((Number) Database.scalar("SELECT COUNT(*) FROM person WHERE legacy_code LIKE 'U%'"))
                .longValue() > 20, "its persons but the rejected (the first ten: wrong check characters)");
    }

    private static List<Path> list(Path folder) throws java.io.IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void theAdministratorClosesTheMigrationAfterCutOverAndNothingStartsItAgain() {
        try {
            browser.login("batch01", "Demo2026");
            browser.open(CONSOLE);
            assertTrue(browser.driver().findElements(By.linkText("关闭迁移")).isEmpty(),
                    "only the administrator closes a job");
            browser.logout();

            browser.login("admin", "Demo2026");
            browser.open(CONSOLE);
            assertTrue(startable().contains("旧系统数据迁移"), startable());
            browser.click("关闭迁移");
            browser.click("确定");
            assertTrue(browser.globalMessages().contains("旧系统数据迁移已关闭"), browser.allMessages());
            String closure = browser.driver().findElement(By.xpath("//span[contains(@id, ':closure')]")).getText();
            assertTrue(closure.matches("已于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 由 admin 关闭"), closure);
            assertFalse(startable().contains("旧系统数据迁移"), "no longer offered: " + startable());
            assertEquals("admin", Database.scalar("SELECT closed_by FROM job_closure WHERE job_name = 'legacy-migration'"));
            assertEquals("旧系统数据迁移", Database.scalar("SELECT MAX(target) FROM audit_record"
                    + " WHERE action = 'BATCH_JOB_CLOSED' AND actor = 'admin'"));
            browser.screenshot("batch-console-migration-closed");

            browser.click("重新开放");
            browser.click("确定");
            assertTrue(browser.globalMessages().contains("旧系统数据迁移已重新开放"), browser.allMessages());
            assertEquals(0L, ((Number) Database.scalar("SELECT COUNT(*) FROM job_closure")).longValue());
            assertTrue(startable().contains("旧系统数据迁移"), startable());
        } finally {
            Database.update("DELETE FROM job_closure");
        }
    }

    /** The jobs the 作业 menu of 启动作业 offers. */
    private static String startable() {
        return String.valueOf(browser.js().executeScript("return Array.from(document.getElementById('start:job_input')"
                + ".options).map(o => o.text).join(',');"));
    }

    private static long latestExecution() {
        Object last = Database.scalar("SELECT MAX(jobexecid) FROM EXECUTIONINSTANCEDATA");
        return last == null ? 0 : ((Number) last).longValue();
    }

    @Test
    void anEnterpriseAccountIsRefusedTheConsole() {
        browser.login("demoqy01", "Demo2026");
        browser.open(CONSOLE);
        assertTrue(browser.driver().getPageSource().contains("无权访问"), browser.title());
        assertFalse(browser.driver().getPageSource().contains("启动作业"));
    }

    @Test
    void theBatchOperatorHasTheConsoleAndNothingElseOfTheAdministration() {
        browser.login("batch01", "Demo2026");
        browser.click("批处理控制台");
        assertTrue(browser.driver().getCurrentUrl().contains(CONSOLE), browser.driver().getCurrentUrl());
        assertTrue(browser.driver().getPageSource().contains("启动作业"));
        assertTrue(browser.driver().findElements(By.linkText("企业与账号")).isEmpty(), "no 管理控制台 for batch01");
        browser.open("/admin/enterprises.xhtml");
        assertTrue(browser.driver().getPageSource().contains("无权访问"), browser.title());
    }
}
