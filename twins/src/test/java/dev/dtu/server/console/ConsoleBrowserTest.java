package dev.dtu.server.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import dev.dtu.twins.Twins;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, driven by Selenium):
 * each view of the default seed, acting in Slack and seeing the app's answer on the live timeline, a sheet's formula,
 * and payloads written through each twin rendered inert. Screenshots go to {@code target/console-screens/}.
 * Without chromium the tests are skipped, saying so; with {@code CI=true} (.ci/run installs it) they fail instead.
 */
class ConsoleBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENS = Path.of("target/console-screens");
    static DtuServer server;
    static String url;
    static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        requireOrSkip(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "needs Debian's chromium and chromium-driver (" + CHROMIUM + ", " + DRIVER + ")");
        server = new DtuServer(ServerConfig.inMemory("127.0.0.1", 0), Twins.all()).start();
        url = server.url();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    /** On CI ({@code CI=true}) a missing browser is a failure; elsewhere the test is skipped, saying why. */
    static void requireOrSkip(boolean present, String why) {
        if (present) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            fail(why + " (CI=true: .ci/run installs it, so this test must run)");
        }
        Assumptions.abort("skipped: " + why);
    }

    @Test
    void listsAndCreatesUniverses() throws IOException {
        browser.get(url + "/_dtu/console");
        assertTrue(text(By.id("universes")).contains("default"));
        waitFor(d -> !d.findElements(By.cssSelector("#universes .count")).isEmpty());
        screenshot("universes");
        browser.findElement(By.cssSelector("#create input[name=name]")).sendKeys("made-in-a-browser");
        browser.findElement(By.cssSelector("#create button")).click();
        waitFor(d -> d.findElement(By.tagName("h1")).getText().equals("made-in-a-browser"));
        assertTrue(text(By.id("counts")).contains("slack"), text(By.id("counts")));
        screenshot("overview");
        browser.get(url + "/_dtu/console");
        assertTrue(text(By.id("universes")).contains("made-in-a-browser"));
    }

    @Test
    void showsEachTwinOfTheDefaultSeedInItsVendorsIdiom() throws IOException {
        Universe u = Universe.create(url, "seen");
        browser.get(u.console("/slack?channel=C000000002"));
        assertTrue(text(By.cssSelector(".sidebar")).contains("#general"));
        browser.findElement(By.cssSelector("a.replies")).click();
        waitFor(d -> !d.findElements(By.cssSelector(".thread")).isEmpty());
        assertTrue(text(By.cssSelector(".thread")).contains("Is it the firmware 2.3 rollout again?"));
        screenshot("slack");

        browser.get(u.console("/jira?project=SUP"));
        assertTrue(text(By.cssSelector(".column[data-status='In Progress']")).contains("SUP-1"));
        screenshot("jira-board");
        browser.findElement(By.partialLinkText("SUP-1")).click();
        assertTrue(text(By.cssSelector(".description")).contains("Customer reports that invoices round the tax line down."));
        screenshot("jira-issue");

        browser.get(u.console("/google"));
        browser.findElement(By.partialLinkText("Support tickets")).click();
        assertEquals("Ticket", text(By.cssSelector("td[data-cell=A1]")));
        screenshot("google-sheet");
        browser.findElement(By.partialLinkText("Support handbook")).click();
        assertEquals("Support handbook", text(By.cssSelector(".doc h1")));
        assertEquals(3, browser.findElements(By.cssSelector(".doc ul li")).size());
        screenshot("google-doc");

        browser.get(u.console("/okta"));
        assertTrue(text(By.id("okta-users")).contains("ada.lovelace@northwind.example"));
        screenshot("okta");
    }

    @Test
    void aPersonPostsInSlackAndTheAppsAnswerAppearsOnTheLiveTimeline() throws Exception {
        Universe u = Universe.create(url, "acting");
        try (EchoApp app = new EchoApp(u)) {
            browser.get(u.console("/timeline"));
            String timeline = browser.getWindowHandle();
            browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
            browser.get(u.console("/slack?channel=C000000002")); // #support, where the bot is a member
            new Select(browser.findElement(By.id("acting-as"))).selectByValue("grace");
            browser.findElement(By.cssSelector(".channel form.post textarea")).sendKeys("hello from grace");
            browser.findElement(By.cssSelector(".channel form.post button")).click();
            waitFor(d -> text(By.cssSelector(".messages")).contains("hello from grace"));
            assertTrue(text(By.cssSelector(".messages")).contains("Grace Hopper"));
            screenshot("slack-acted");
            browser.switchTo().window(timeline); // polled, not reloaded
            try {
                waitFor(d -> text(By.id("rows")).contains("chat.postMessage") && text(By.id("rows")).contains("delivery"));
            } catch (org.openqa.selenium.TimeoutException e) {
                screenshot("timeline-failed");
                fail("the timeline shows " + text(By.id("rows")) + "; the journal holds " + u.journal(), e);
            }
            screenshot("timeline");
            WebElement reply = browser.findElements(By.cssSelector("#rows details.request")).stream()
                    .filter(e -> e.getText().contains("chat.postMessage")).findFirst().orElseThrow();
            reply.findElement(By.tagName("summary")).click();
            waitFor(d -> reply.findElement(By.cssSelector(".detail")).getText().contains("echo: hello from grace"));
            screenshot("timeline-entry");
        }
    }

    @Test
    void aSheetGridShowsAFormulasValueAndTheFormulaOnHover() throws IOException {
        Universe u = Universe.create(url, "formula");
        assertEquals(200, u.sheets("Tickets!B2", "USER_ENTERED", "{\"values\":[[\"=6*7\"]]}").status());
        browser.get(u.console("/google?file=support-tickets"));
        WebElement cell = browser.findElement(By.cssSelector("td[data-cell=B2]"));
        assertEquals("42", cell.getText());
        assertEquals("=6*7", cell.getAttribute("title"));
        screenshot("sheet-formula");
    }

    @Test
    void payloadsWrittenThroughEachTwinAreInert() throws IOException {
        Universe u = Universe.create(url, "xss");
        String key = u.writePayloads();
        for (String view : List.of("/slack", "/jira?issue=" + key, "/google?file=support-tickets", "/okta", "/timeline")) {
            browser.get(u.console(view));
            waitFor(d -> (Boolean) js("return typeof htmx !== 'undefined'"));
            if (view.equals("/timeline")) {
                browser.findElement(By.cssSelector("#rows details summary")).click();
                waitFor(d -> text(By.cssSelector("#rows details .detail")).contains("Response"));
            }
            assertTrue(text(By.tagName("main")).contains("onerror"), view + " does not show the payload as text");
            assertEquals(0L, js("return document.querySelectorAll('main img, main script').length"), view);
            assertEquals(null, js("return window.__xss === undefined ? null : window.__xss"), view);
            screenshot("xss" + view.replaceAll("[^a-z]+", "-"));
        }
    }

    @Test
    void theLineageTreeNestsForksAndSnapshotsAndAFaultIsMarkedOnTheTimeline() throws IOException {
        Universe root = Universe.create(url, "tree-root");
        browser.get(root.console(""));
        browser.findElement(By.cssSelector("form[action$='/fork'] input[name=name]")).sendKeys("tree-fork");
        browser.findElement(By.cssSelector("form[action$='/fork'] button")).click();
        waitFor(d -> d.findElement(By.tagName("h1")).getText().equals("tree-fork"));
        String fork = browser.getCurrentUrl().replaceAll(".*/universes/([^?]+).*", "$1");
        assertTrue(text(By.cssSelector(".parents")).contains("forked from " + root.id()));
        browser.get(root.console(""));
        browser.findElement(By.cssSelector("form[action$='/snapshot'] button")).click();
        waitFor(d -> !d.findElements(By.cssSelector("#snapshots td.mono")).isEmpty());
        String snapshot = text(By.cssSelector("#snapshots td.mono"));
        browser.get(url + "/_dtu/console/universes/" + fork);
        browser.findElement(By.cssSelector(".actions form[action$='/restore'] input[name=snapshot]")).sendKeys(snapshot);
        browser.findElement(By.cssSelector(".actions form[action$='/restore'] button")).click();
        waitFor(d -> d.findElement(By.cssSelector(".parents")).getText().contains("restored from " + snapshot));

        browser.get(url + "/_dtu/console");
        String node = "#lineage li[data-universe='" + root.id() + "']";
        assertEquals(1, browser.findElements(By.cssSelector(node + " > ul > li[data-universe='" + fork + "']")).size(),
                "the fork is a child of its source");
        assertTrue(text(By.cssSelector(node + " > ul > li[data-snapshot='" + snapshot + "']")).contains("restored into tree-fork"));
        screenshot("lineage");

        assertEquals(200, org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> dev.dtu.server.testing.Http.send("PUT",
                url + "/_dtu/universes/" + root.id() + "/faults", "[{\"twin\":\"slack\",\"operation\":\"auth.test\","
                        + "\"action\":\"error\",\"status\":503,\"count\":1}]")).status());
        assertEquals(503, root.slack("auth.test", "{}").status());
        assertEquals(200, root.slack("auth.test", "{}").status());
        browser.get(root.console("/timeline"));
        List<WebElement> faulted = browser.findElements(By.cssSelector("#rows details.fault"));
        assertEquals(1, faulted.size());
        assertTrue(faulted.get(0).getText().contains("fault: error"), faulted.get(0).getText());
        WebElement summary = faulted.get(0).findElement(By.tagName("summary"));
        js("arguments[0].focus()", summary); // opened from the keyboard
        summary.sendKeys(org.openqa.selenium.Keys.ENTER);
        waitFor(d -> faulted.get(0).findElement(By.cssSelector(".detail")).getText().contains("Injected fault (error)"));
        screenshot("timeline-fault");
    }

    @Test
    void imagePreviewsJiraLinksAndAPersonsAppHomeAndModal() throws Exception {
        Universe u = Universe.create(url, "surfaces");
        String file = u.slackFile("C000000002", "screenshot.png", Universe.png());
        browser.get(u.console("/slack?channel=C000000002"));
        WebElement preview = browser.findElement(By.cssSelector(".file[data-file='" + file + "'] img"));
        waitFor(d -> ((Number) js("return arguments[0].naturalWidth", preview)).intValue() == 4);
        assertEquals("screenshot.png", preview.getAttribute("alt"));
        screenshot("slack-file-preview");

        u.jiraAttachment("SUP-1", "screenshot.png", "image/png", Universe.png());
        assertEquals(201, u.jira("POST", "/rest/api/3/issueLink", "{\"type\":{\"name\":\"Blocks\"},"
                + "\"outwardIssue\":{\"key\":\"SUP-1\"},\"inwardIssue\":{\"key\":\"SUP-2\"}}").status());
        browser.get(u.console("/jira?issue=SUP-1"));
        WebElement attached = browser.findElement(By.cssSelector(".attachments img"));
        waitFor(d -> ((Number) js("return arguments[0].naturalWidth", attached)).intValue() == 4);
        assertTrue(text(By.cssSelector(".links")).contains("blocks SUP-2"), text(By.cssSelector(".links")));
        browser.findElement(By.cssSelector(".links a")).click();
        waitFor(d -> text(By.cssSelector(".links")).contains("is blocked by SUP-1"));
        screenshot("jira-links");

        try (EchoApp app = new EchoApp(u)) {
            String admin = url + "/_dtu/universes/" + u.id() + "/slack/as/ada";
            dev.dtu.server.testing.Http.Reply ran = dev.dtu.server.testing.Http.post(admin + "/shortcuts",
                    "{\"callback_id\":\"new_ticket\"}", "Content-Type", "application/json");
            String view = ran.json().path("views").path(0).path("id").asText();
            dev.dtu.server.testing.Http.post(admin + "/views/" + view + "/submit", "{\"values\":{\"text\":\"printer jams\"}}",
                    "Content-Type", "application/json");
        }
        browser.get(u.console("/slack"));
        browser.findElement(By.id("surfaces-link")).click();
        WebElement modal = browser.findElement(By.cssSelector(".surface.modal"));
        assertEquals("Modal: New ticket", modal.getAttribute("aria-label"));
        assertEquals("printer jams", modal.findElement(By.cssSelector("input")).getAttribute("value"));
        assertTrue(modal.getText().contains("File it"), modal.getText());
        screenshot("slack-surfaces");
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static String text(By by) {
        return browser.findElement(by).getText();
    }

    private static void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition::apply);
    }

    private static void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENS.resolve(name + ".png"), png);
        assertFalse(png.length == 0);
    }

}
