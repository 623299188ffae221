package org.buildreg.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.buildreg.testsupport.Browser;
import org.buildreg.testsupport.Database;
import org.buildreg.testsupport.Drafts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 14, item 6: a 9,000×9,000 PNG is a few kilobytes on the wire and 81 megapixels decoded (324 MB as ARGB).
 * Four users upload it at the same moment as an attachment: each is told why beside the field (its size is read
 * from the header, nothing is decoded), the server keeps answering, and an ordinary upload right after works.
 */
class UploadBombIT {

    private static final int AT_ONCE = 4;

    @RegisterExtension
    static final Browser browser = new Browser();
    private static long draft;

    @AfterAll
    static void removeTheDraft() {
        if (draft != 0) {
            Drafts.delete(draft);
        }
    }

    @Test
    void fourGigapixelClaimsAtOnceAreEachRefusedAndTheServerStaysUp() throws Exception {
        Path bomb = Files.createTempFile("bomb", ".png");
        ImageIO.write(new BufferedImage(9_000, 9_000, BufferedImage.TYPE_BYTE_BINARY), "png", bomb.toFile());
        assertTrue(Files.size(bomb) < 200_000, "a tiny file: " + Files.size(bomb));
        long registration = ((Number) Database.scalar("SELECT MIN(r.id) FROM constructor_registration r JOIN account a"
                + " ON a.enterprise_id = r.enterprise_id WHERE a.username = 'demoqy02' AND r.status = 'VALID'"))
                .longValue();
        browser.login("demoqy02", "Demo2026");
        draft = Drafts.renewal(browser, registration);

        List<Browser> users = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            for (int i = 0; i < AT_ONCE; i++) {
                Browser user = Browser.standalone();
                users.add(user);
                user.login("demoqy02", "Demo2026");
                user.open("/constructor/attachments.xhtml?id=" + draft);
                user.selectByLabel("附件类型", "身份证明（正反面）");
                user.attachFile(bomb);
            }
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> answers = new ArrayList<>();
            for (Browser user : users) {
                answers.add(pool.submit(() -> {
                    go.await();
                    user.click("上传");
                    return user.messageFor("选择文件");
                }));
            }
            go.countDown();
            for (Future<String> answer : answers) {
                String message = answer.get(2, TimeUnit.MINUTES);
                assertTrue(message.contains("图片像素过多（9000×9000，不能超过2500万像素）"), message);
            }
            users.get(0).screenshot("attachment-gigapixel-refused");
        } finally {
            pool.shutdownNow();
            users.forEach(Browser::close);
        }

        HttpResponse<Void> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(Browser.URL + "/ready")).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(200, ready.statusCode(), "the server answers");
        Path photo = Files.createTempFile("photo", ".png");
        ImageIO.write(new BufferedImage(120, 160, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        browser.open("/constructor/attachments.xhtml?id=" + draft);
        browser.selectByLabel("附件类型", "证件照片");
        browser.attachFile(photo);
        browser.click("上传");
        assertEquals("附件已上传", browser.globalMessages());
        assertEquals(1L, ((Number) Database.scalar("SELECT COUNT(*) FROM declaration_attachment WHERE declaration_id = ?",
                draft)).longValue(), "none of the four was stored");
    }
}
