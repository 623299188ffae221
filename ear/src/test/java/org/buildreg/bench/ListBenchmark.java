package org.buildreg.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.buildreg.testsupport.Browser;

/**
 * {@code bin/bench list}: how long 已上报申请(单个) takes to answer with 100,000 declarations in the database,
 * against a baseline measured in the same run — the same page for an enterprise with a handful of declarations.
 * The lists page and count in the database, so the ratio should stay near 1; paging in memory would make it
 * hundreds. Needs the platform that {@code bin/run} started (its H2 database is filled through AUTO_SERVER).
 *
 * <p>Arguments: [declarations (100000)] [measured requests (40)]. Seeding is JDBC-batched and happens once.
 * {@code BenchmarkCommandsIT} runs it in a short mode against the browser tests' domain, so that it cannot stop
 * working unnoticed.
 */
public final class ListBenchmark {

    static {
        // bin/run's platform, its demo token and the dongle agent it started, unless the caller says otherwise (the
        // browser tests' build runs this against its own domain, token and agent).
        defaultProperty("buildreg.url", "http://localhost:8080");
        defaultProperty("buildreg.h2.url", "jdbc:h2:file:" + System.getProperty("user.dir")
                + "/.run/data/buildreg;MODE=Oracle;AUTO_SERVER=TRUE");
        defaultProperty("buildreg.dongle.agent.start", "false");
    }

    private static final String URL = System.getProperty("buildreg.url");
    private static final String DB = System.getProperty("buildreg.h2.url");
    private static final String PAGE = "/constructor/declarations.xhtml?tab=SUBMITTED_SINGLES";
    private static final String MARK = "压测";

    public static void main(String[] args) throws Exception {
        int wanted = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        try (Connection db = DriverManager.getConnection(DB, "buildreg", "buildreg")) {
            seed(db, "demoqy01", wanted);
        }
        HttpClient http = HttpClient.newHttpClient();
        String big = login("demoqy01");
        String small = login("demoqy02");
        for (int i = 0; i < 15; i++) {
            get(http, big);
            get(http, small);
        }
        List<Long> bigTimes = new ArrayList<>();
        List<Long> smallTimes = new ArrayList<>();
        for (int i = 0; i < measured; i++) {
            bigTimes.add(get(http, big));
            smallTimes.add(get(http, small));
        }
        long bigMedian = median(bigTimes);
        long smallMedian = median(smallTimes);
        System.out.printf("已上报申请(单个), first page with total, median of %d requests each:%n", measured);
        System.out.printf("  %,d declarations (demoqy01): %.1f ms (p90 %.1f ms)%n", wanted, bigMedian / 1e6,
                p90(bigTimes) / 1e6);
        System.out.printf("  baseline, a handful (demoqy02): %.1f ms (p90 %.1f ms)%n", smallMedian / 1e6,
                p90(smallTimes) / 1e6);
        System.out.printf("  ratio: %.2f%n", (double) bigMedian / smallMedian);
    }

    /** Adds submitted renewal declarations for the enterprise of {@code username} until it has {@code wanted}. */
    static void seed(Connection db, String username, int wanted) throws SQLException {
        long enterprise;
        String city;
        try (PreparedStatement q = db.prepareStatement("SELECT e.id, e.city_code FROM account a JOIN enterprise e"
                + " ON e.id = a.enterprise_id WHERE a.username = ?")) {
            q.setString(1, username);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                enterprise = rs.getLong(1);
                city = rs.getString(2);
            }
        }
        int have;
        try (PreparedStatement q = db.prepareStatement("SELECT COUNT(*) FROM declaration WHERE enterprise_id = ?")) {
            q.setLong(1, enterprise);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                have = rs.getInt(1);
            }
        }
        if (have >= wanted) {
            System.out.printf("%,d declarations already there%n", have);
            return;
        }
        long start = System.nanoTime();
        db.setAutoCommit(false);
        long batchId = 900_000_000L + enterprise;
        LocalDateTime now = LocalDateTime.now();
        try (PreparedStatement b = db.prepareStatement("MERGE INTO declaration_batch (id, batch_no, name, module,"
                + " enterprise_id, city_code, status, created_by, created_at, submitted_at, version) KEY (id)"
                + " VALUES (?, ?, ?, 'CONSTRUCTOR', ?, ?, 'SUBMITTED', ?, ?, ?, 0)")) {
            b.setLong(1, batchId);
            b.setString(2, "PCBENCH" + enterprise);
            b.setString(3, MARK + "批次");
            b.setLong(4, enterprise);
            b.setString(5, city);
            b.setString(6, username);
            b.setTimestamp(7, Timestamp.valueOf(now));
            b.setTimestamp(8, Timestamp.valueOf(now));
            b.executeUpdate();
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO declaration (id, declaration_no, module,"
                + " business_type, enterprise_id, city_code, subject_key, subject_name, batch_id, stage, form_data,"
                + " applicant, created_at, submitted_at, version) VALUES (?, ?, 'CONSTRUCTOR', 'CONSTRUCTOR_RENEWAL',"
                + " ?, ?, ?, ?, ?, ?, '{}', ?, ?, ?, 0)")) {
            for (int i = have; i < wanted; i++) {
                long id = 1_000_000_000L + enterprise * 1_000_000L + i;
                LocalDateTime at = now.minusMinutes(i);
                insert.setLong(1, id);
                insert.setString(2, "C" + city + "BENCH" + String.format("%09d", i));
                insert.setLong(3, enterprise);
                insert.setString(4, city);
                insert.setString(5, String.format("BENCH%012d", i));
                insert.setString(6, MARK + i);
                insert.setLong(7, batchId);
                insert.setString(8, i % 3 == 0 ? "APPROVED" : i % 3 == 1 ? "CITY_REVIEW" : "PROVINCE_REVIEW");
                insert.setString(9, username);
                insert.setTimestamp(10, Timestamp.valueOf(at));
                insert.setTimestamp(11, Timestamp.valueOf(at));
                insert.addBatch();
                if ((i + 1) % 1000 == 0) {
                    insert.executeBatch();
                    db.commit();
                }
            }
            insert.executeBatch();
            db.commit();
        }
        System.out.printf("seeded %,d declarations in %.1f s (JDBC batches of 1000)%n", wanted - have,
                (System.nanoTime() - start) / 1e9);
    }

    /**
     * Logs in through the real login page once, as a user does (name, password, the dongle's PIN: the page has the
     * dongle agent sign the nonce), and returns the session cookie.
     */
    private static String login(String username) {
        Browser browser = Browser.standalone();
        try {
            browser.login(username, "Demo2026");
            if (!browser.driver().getCurrentUrl().contains("/home.xhtml")) {
                throw new IllegalStateException(username + " could not log in: " + browser.allMessages());
            }
            return "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        } finally {
            browser.close();
        }
    }

    private static long get(HttpClient http, String cookie) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(URL + PAGE))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        long took = System.nanoTime() - start;
        if (response.statusCode() != 200 || !response.body().contains("共 ")) {
            throw new IllegalStateException("the list did not answer: " + response.statusCode());
        }
        return took;
    }

    private static void defaultProperty(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }

    private static long median(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static long p90(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.round(sorted.size() * 0.9)));
    }
}
