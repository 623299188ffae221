package org.buildreg.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian chromium per test class, driven through Selenium, with helpers that speak the page's
 * language: labels, button texts, messages. Register it in a browser test with
 * <pre>  {@literal @}RegisterExtension static final Browser browser = new Browser();</pre>
 * Before the first test it waits until {@code ${buildreg.url}/ready} answers 200; each test starts signed out
 * (no cookies); after a failed test it saves a screenshot named after the test.
 */
public class Browser implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback, TestWatcher {

    /** Base URL of the platform under test, without a trailing slash. */
    public static final String URL = System.getProperty("buildreg.url", "http://localhost:18080").replaceAll("/$", "");
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static volatile boolean ready;
    /** Debian's chromium is newer than the CDP versions Selenium bundles; we use no CDP, so its warnings are noise. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.openqa.selenium.devtools"),
            Logger.getLogger("org.openqa.selenium.chromium"));

    static {
        QUIET.forEach(l -> l.setLevel(Level.SEVERE));
    }

    private WebDriver driver;
    private Path profile;
    private Path downloads;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        awaitReady();
        profile = Files.createTempDirectory("buildreg-chromium-");
        downloads = Files.createDirectories(profile.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=zh-CN", "--window-size=1366,900", "--user-data-dir=" + profile);
        // Both paths given explicitly, so Selenium Manager never runs (it would try to download a driver).
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        // Cookies can only be deleted for the site the browser is on; before the first page there are none.
        if (driver.getCurrentUrl().startsWith(URL)) {
            driver.manage().deleteAllCookies();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            if (profile != null) {
                try (Stream<Path> files = Files.walk(profile)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver != null) {
            screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName());
        }
    }

    /** Waits until a platform the test has started again (see {@link Server}) answers 200 on /ready. */
    public static synchronized void awaitReadyAgain() throws InterruptedException {
        ready = false;
        awaitReady();
    }

    /** Waits (once per JVM) until the platform answers 200 on /ready. */
    private static synchronized void awaitReady() throws InterruptedException {
        if (ready) {
            return;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(URL + "/ready")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    ready = true;
                    return;
                }
                last = "HTTP " + response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("BuildReg at " + URL + " did not answer 200 on /ready within "
                + READY_TIMEOUT.toSeconds() + " s (last: " + last + "); see the server log "
                + System.getProperty("buildreg.server.log", "of the domain under test"));
    }

    /** Waits for the browser to finish downloading a file whose name ends with {@code suffix}, and returns it. */
    public Path awaitDownload(String suffix) {
        return wait(WAIT).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the platform, e.g. {@code /login.xhtml}. */
    public void open(String path) {
        driver.get(URL + (path.startsWith("/") ? path : "/" + path));
        waitForAjax();
    }

    public String title() {
        return driver.getTitle();
    }

    /**
     * The element the {@code <label>} with that text is for (text trimmed, a trailing required-marker "*" ignored).
     * For a p:selectOneMenu that is its {@code <id>_label} span; use {@link #selectByLabel} to choose.
     */
    public WebElement fieldByLabel(String labelText) {
        return driver.findElement(By.id(labelFor(labelText)));
    }

    /** Clears the field with that label and types the text into it. */
    public void type(String labelText, String text) {
        WebElement field = fieldByLabel(labelText);
        field.clear();
        field.sendKeys(text);
    }

    /** Chooses an option of the p:selectOneMenu with that label: opens its panel and clicks the item. */
    public void selectByLabel(String labelText, String optionText) {
        // An ajax update of the menu (盟市 → 区县) can replace it while it is being opened: try again until the
        // menu shows the chosen option.
        for (int attempt = 1; ; attempt++) {
            String id = componentId(labelFor(labelText));
            try {
                WebElement menu = driver.findElement(By.id(id));
                wait(WAIT).until(ExpectedConditions.elementToBeClickable(menu)).click();
                WebElement panel = wait(WAIT).until(
                        ExpectedConditions.visibilityOfElementLocated(By.id(id + "_panel")));
                WebElement item = wait(WAIT).until(d -> panel.findElements(By.cssSelector("li.ui-selectonemenu-item"))
                        .stream().filter(li -> li.isDisplayed() && normalize(li.getText()).equals(normalize(optionText)))
                        .findFirst().orElse(null));
                item.click();
                waitForAjax();
                wait(Duration.ofSeconds(3)).until(d -> normalize(d.findElement(By.id(id + "_label")).getText())
                        .equals(normalize(optionText)));
                return;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (attempt == 3) {
                    throw e;
                }
                waitForAjax();
            }
        }
    }

    /**
     * Clicks the visible button or link with that text (whitespace collapsed, so "登 录" matches the login
     * button), then waits for the page load or the ajax request it starts.
     */
    public void click(String text) {
        String literal = xpathLiteral(normalize(text));
        List<WebElement> candidates = driver.findElements(By.xpath(
                "//button[normalize-space(.)=" + literal + "] | //a[normalize-space(.)=" + literal + "]"
                        + " | //input[(@type='submit' or @type='button' or @type='reset') and normalize-space(@value)="
                        + literal + "]"));
        WebElement target = candidates.stream().filter(WebElement::isDisplayed).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No visible button or link reads '" + text
                        + "' on " + driver.getCurrentUrl() + "; visible ones: " + visibleButtons()));
        WebElement page = driver.findElement(By.tagName("html"));
        target.click();
        try {
            // A non-ajax submit replaces the document; give it a moment to start before waiting for it.
            wait(Duration.ofMillis(500)).until(d -> replaced(page));
        } catch (TimeoutException stillSamePage) {
            // ajax, or nothing to load
        }
        waitForAjax();
    }

    /**
     * Whether the document that {@code page} belongs to has been replaced. Chromedriver 156 answers a probe of
     * such an element with "Node … does not belong to the document" rather than a stale-element error.
     */
    private static boolean replaced(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /**
     * The text of the p:message of the field with that label, "" if none is shown. A PrimeFaces 15 p:message
     * carries no attribute naming its input in the HTML: only its widget configuration ({@code target}) does,
     * so look it up among the page's widgets; fall back to the .ui-message next to the input in its .br-field.
     */
    public String messageFor(String labelText) {
        String inputId = labelFor(labelText);
        Object text = js().executeScript("""
                var ids = [arguments[0], arguments[1]];
                for (var k in (window.PrimeFaces ? PrimeFaces.widgets : {})) {
                    var w = PrimeFaces.widgets[k];
                    if (w && w.cfg && ids.indexOf(w.cfg.target) >= 0 && w.jq && w.jq.hasClass('ui-message')) {
                        var el = document.getElementById(w.cfg.id);
                        if (el && el.textContent.trim()) return el.textContent;
                    }
                }
                var input = document.getElementById(arguments[0]);
                var field = input && input.closest('.br-field');
                var messages = field ? field.querySelectorAll('.ui-message') : [];
                for (var i = 0; i < messages.length; i++) {
                    if (messages[i].textContent.trim()) return messages[i].textContent;
                }
                return messages.length ? messages[0].textContent : null;
                """, inputId, componentId(inputId));
        return text == null ? "" : normalize(text.toString());
    }

    /**
     * Ticks (or unticks) the checkbox of a p:selectManyCheckbox / p:selectBooleanCheckbox item with that label:
     * PrimeFaces hides the real input, so click its visible box.
     */
    public void tick(String itemLabel) {
        String id = labelFor(itemLabel);
        WebElement box = driver.findElement(By.xpath("//input[@id=" + xpathLiteral(id)
                + "]/ancestor::div[contains(@class,'ui-chkbox')][1]//div[contains(@class,'ui-chkbox-box')]"));
        box.click();
        waitForAjax();
    }

    /** Chooses the p:selectOneRadio item with that label: PrimeFaces hides the real input, so click its box. */
    public void choose(String itemLabel) {
        String id = labelFor(itemLabel);
        driver.findElement(By.xpath("//input[@id=" + xpathLiteral(id)
                + "]/ancestor::div[contains(@class,'ui-radiobutton')][1]//div[contains(@class,'ui-radiobutton-box')]"))
                .click();
        waitForAjax();
    }

    /**
     * Puts a file into the page's first visible file input, or its only one when PrimeFaces' skinned upload hides
     * the input behind its 选择 button (as a user's click on the button opens that input's dialog).
     */
    public void attachFile(java.nio.file.Path file) {
        List<WebElement> inputs = driver.findElements(By.cssSelector("input[type=file]"));
        WebElement input = inputs.stream().filter(WebElement::isDisplayed).findFirst()
                .orElseGet(() -> inputs.size() == 1 ? inputs.get(0) : null);
        if (input == null) {
            throw new NoSuchElementException("no file input, or several hidden ones, on " + driver.getCurrentUrl());
        }
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /**
     * Clicks the link or button reading {@code linkText} in the table row that has a cell reading exactly
     * {@code cellText} (so "demoqy02" does not match the row of "demoqy02sub").
     */
    public void clickInRow(String cellText, String linkText) {
        String cell = xpathLiteral(normalize(cellText));
        String link = xpathLiteral(normalize(linkText));
        List<WebElement> targets = driver.findElements(By.xpath("//tr[td[normalize-space(.)=" + cell + "]]"
                + "//*[(self::a or self::button) and normalize-space(.)=" + link + "]"));
        WebElement target = targets.stream().filter(WebElement::isDisplayed).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No row with a cell '" + cellText + "' and a link '"
                        + linkText + "' on " + driver.getCurrentUrl()));
        WebElement page = driver.findElement(By.tagName("html"));
        target.click();
        try {
            wait(Duration.ofMillis(500)).until(d -> replaced(page));
        } catch (TimeoutException stillSamePage) {
            // ajax
        }
        waitForAjax();
    }

    /** The text of the page's global messages (p:messages, p:growl), "" if none. */
    public String globalMessages() {
        List<String> texts = new ArrayList<>();
        for (WebElement messages : driver.findElements(By.cssSelector(".ui-messages, .ui-growl"))) {
            String text = normalize(messages.getText());
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
        return String.join("\n", texts);
    }

    /** Every message on the page, global and beside fields, for assertion failures that must say why. */
    public String allMessages() {
        List<String> texts = new ArrayList<>();
        for (WebElement m : driver.findElements(By.cssSelector(".ui-messages, .ui-message, .ui-growl"))) {
            String text = normalize(m.getText());
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
        return String.join(" | ", texts);
    }

    /**
     * GETs a path of the platform with the browser's session cookie and returns the body, for what the browser
     * would hand to a viewer (PDFs); fails on a status other than 200.
     */
    public byte[] fetch(String path) {
        org.openqa.selenium.Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        try {
            java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(URL + path))
                            .header("Cookie", session == null ? "" : "JSESSIONID=" + session.getValue()).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Signs in through the login page as a user does: name, password, the dongle's PIN; the page's script has the
     * dongle agent sign the server's nonce (see {@link Dongles}), then sends the form.
     */
    public void login(String username, String password) {
        Dongles.ensureAgent();
        open("/login.xhtml");
        type("用户名", username);
        type("密码", password);
        type("加密锁口令", Dongles.PIN);
        submitSigned("登 录");
    }

    /**
     * Clicks a button whose script signs with the dongle before it sends the form, and waits until the next page
     * is there (or the script showed a message beside the PIN instead of sending).
     */
    public void submitSigned(String buttonText) {
        js().executeScript("window.__brPending = true;");
        click(buttonText);
        wait(WAIT).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (window.__brPending !== true"
                        + " || (document.getElementById('pinMessage') || {}).textContent > '');")));
        waitForAjax();
    }

    /**
     * Has the page's script sign a fresh nonce with the dongle but not send the form (for the refusal tests), and
     * returns the signature (base64) it put into the hidden field {@code signatureId}.
     */
    public String signWithoutSending(String buttonText, String signatureId) {
        js().executeScript("BuildRegDongle.hold = true; document.getElementById(arguments[0]).value = '';",
                signatureId);
        click(buttonText);
        return wait(WAIT).until(d -> {
            Object value = ((JavascriptExecutor) d).executeScript(
                    "return document.getElementById(arguments[0]).value;", signatureId);
            return value == null || value.toString().isEmpty() ? null : value.toString();
        });
    }

    /** Sends the form through its hidden submit button with {@code signature} in the hidden signature field. */
    public void sendWithSignature(String signatureId, String sendId, String signature) {
        js().executeScript("window.__brPending = true; document.getElementById(arguments[0]).value = arguments[1];"
                + " document.getElementById(arguments[2]).click();", signatureId, signature, sendId);
        wait(WAIT).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && window.__brPending !== true;")));
    }

    /** Waits until {@code condition} holds. */
    public void waitUntil(java.util.function.BooleanSupplier condition) {
        wait(WAIT).until(d -> condition.getAsBoolean());
    }

    /** A browser outside JUnit's lifecycle (a second person at another desk); {@link #close} it. */
    public static Browser standalone() {
        Browser browser = new Browser();
        try {
            browser.beforeAll(null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return browser;
    }

    public void close() {
        try {
            afterAll(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void logout() {
        click("退出");
    }

    /** Waits until the document is loaded and PrimeFaces has no ajax request queued or running. */
    public void waitForAjax() {
        wait(WAIT).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0);")));
    }

    /** Saves a PNG of the window to target/screenshots/{name}.png and returns its path. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("buildreg.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.copy(((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(),
                    file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriverWait wait(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    public JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    private String labelFor(String labelText) {
        // A document replaced while the labels are read (a navigation finishing) makes chromedriver answer with
        // "Node … does not belong to the document": read them again from the new document.
        for (int attempt = 1; ; attempt++) {
            try {
                return readLabelFor(labelText);
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            } catch (org.openqa.selenium.WebDriverException e) {
                if (attempt == 3 || e instanceof NoSuchElementException
                        || !String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    throw e;
                }
            }
            waitForAjax();
        }
    }

    private String readLabelFor(String labelText) {
        String wanted = normalize(labelText);
        List<String> seen = new ArrayList<>();
        for (WebElement label : driver.findElements(By.tagName("label"))) {
            String text = normalize(label.getDomProperty("textContent"));
            if (text.endsWith("*")) {
                text = text.substring(0, text.length() - 1).strip();
            }
            String forId = label.getDomAttribute("for");
            if (text.equals(wanted) && forId != null && !forId.isEmpty()) {
                return forId;
            }
            seen.add(text);
        }
        throw new NoSuchElementException("No <label for=…> reads '" + labelText + "' on " + driver.getCurrentUrl()
                + "; labels: " + seen);
    }

    /** PrimeFaces labels of composite inputs point at a part ({@code x_input}, {@code x_label}); the widget is x. */
    private String componentId(String forId) {
        for (String suffix : List.of("_input", "_label", "_focus")) {
            if (forId.endsWith(suffix)) {
                String base = forId.substring(0, forId.length() - suffix.length());
                if (!driver.findElements(By.id(base)).isEmpty()) {
                    return base;
                }
            }
        }
        return forId;
    }

    private List<String> visibleButtons() {
        return driver.findElements(By.cssSelector("button, a, input[type=submit], input[type=button]")).stream()
                .filter(WebElement::isDisplayed)
                .map(e -> normalize(e.getTagName().equals("input") ? e.getDomProperty("value") : e.getText()))
                .filter(t -> !t.isEmpty()).toList();
    }

    private static String normalize(String text) {
        return text == null ? "" : text.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
    }

    private static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        return "concat('" + text.replace("'", "',\"'\",'") + "')";
    }
}
