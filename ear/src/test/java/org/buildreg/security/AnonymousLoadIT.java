package org.buildreg.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.buildreg.testsupport.Browser;
import org.buildreg.testsupport.Database;
import org.buildreg.testsupport.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Anonymous requests hold no memory: 100,000 requests without a session cookie — a protected page (answered by the
 * way to log in), the login page, 证书查验 — get no session, the heap after them is where it was, and a user then logs
 * in and works as usual. The pages that need a session before login give one address at most its share. Runs after
 * every other browser test (its own failsafe execution): it uses up that share of 127.0.0.1 for ten minutes.
 */
class AnonymousLoadIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final int REQUESTS = 100_000;
    private static final long HEAP_SLACK = 64L * 1024 * 1024;

    @Test
    void aHundredThousandAnonymousRequestsLeaveNoSessionsAndUsersWorkOn() throws Exception {
        long heapBefore = Server.heapUsedAfterGc();
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String[] paths = {"/constructor/certificates.xhtml", "/admin/audit.xhtml", "/home.xhtml",
            "/login.xhtml", "/verify?no=%E8%92%99215250000001"};
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger sessions = new AtomicInteger();
        Semaphore inFlight = new Semaphore(32);
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            // Mostly the cheap redirect of a protected page (the reported flood); every tenth a whole public page.
            String path = i % 10 == 0 ? paths[3 + (i / 10) % 2] : paths[i % 3];
            inFlight.acquire();
            sent.add(http.sendAsync(HttpRequest.newBuilder(URI.create(Browser.URL + path)).build(),
                    HttpResponse.BodyHandlers.discarding()).thenAccept(r -> {
                        statuses.computeIfAbsent(r.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                        if (r.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID"))) {
                            sessions.incrementAndGet();
                        }
                    }).whenComplete((r, e) -> inFlight.release()));
            if (sent.size() == 1000) {
                CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
                sent.clear();
            }
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%,d anonymous requests in %.1f s: %s%n", REQUESTS, seconds, statuses);
        assertEquals(0, sessions.get(), "no anonymous request gets a session");
        assertEquals(REQUESTS, statuses.getOrDefault(302, new AtomicInteger()).get()
                + statuses.getOrDefault(200, new AtomicInteger()).get(), "every one answered: " + statuses);
        long heapAfter = Server.heapUsedAfterGc();
        System.out.printf("heap in use after a full GC: %,d KB before, %,d KB after%n", heapBefore / 1024,
                heapAfter / 1024);
        assertTrue(heapAfter < heapBefore + HEAP_SLACK, "heap before " + heapBefore + ", after " + heapAfter);

        browser.login("demoqy01", "Demo2026");
        browser.open("/constructor/certificates.xhtml");
        long held = ((Number) Database.scalar("SELECT COUNT(*) FROM constructor_registration r JOIN account a"
                + " ON a.enterprise_id = r.enterprise_id WHERE a.username = 'demoqy01'")).longValue();
        assertTrue(browser.driver().getPageSource().contains("共 " + held + " 条"));
        assertTrue(browser.driver().findElements(By.id("ov-username")).isEmpty());

        // 新企业注册 needs a session before login: one address gets at most its share, then 429 for a while.
        int withSession = 0;
        int refused = 0;
        for (int i = 0; i < 150; i++) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(Browser.URL + "/register.xhtml"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (page.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID"))) {
                withSession++;
            } else if (page.statusCode() == 429 && page.body().contains("访问过于频繁")) {
                refused++;
            }
        }
        assertTrue(withSession <= 100 && refused >= 50, withSession + " sessions, " + refused + " refused");
    }
}
