package org.cctrainer.backend.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.Media;
import io.vertx.core.http.HttpMethod;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.cctrainer.backend.RunningTrainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The trainee console and the debrief in a real browser (Debian's Chromium, driven by
 * Playwright) against a trainer started in-process. Screenshots land in
 * {@code backend/target/screenshots/} for a person to look at.
 */
@DisplayName("The trainee console and the debrief in a browser")
class ConsoleBrowserTest {
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Paths.get(System.getProperty("basedir", "."), "target", "screenshots");
    private static final String NO_HORIZONTAL_SCROLL =
            "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth";
    private static final LocatorAssertions.IsVisibleOptions SLOW = new LocatorAssertions.IsVisibleOptions().setTimeout(90_000);

    private static RunningTrainer trainer;
    private static Playwright playwright;
    private static Browser browser;
    private final List<String> pageErrors = new ArrayList<>();
    private final List<BrowserContext> contexts = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM), "the browser tests need Debian's Chromium at " + CHROMIUM
                + ": install it with `apt-get install chromium` (CI installs it)");
        Files.createDirectories(SCREENSHOTS);
        trainer = RunningTrainer.start();
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (trainer != null) {
            trainer.close();
        }
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        assertEquals(List.of(), pageErrors, "the pages ran without script errors");
    }

    @Test
    @DisplayName("a trainee joins volume-surge, moves Sam Ortiz to billing, asks what moved, sizes billing, "
            + "sees a refusal in red; the trainer stops it and the debrief's timeline has the move")
    void interveneThenDebrief() throws Exception {
        String id = trainer.startExercise("volume-surge", 30).getString("id");

        Page start = open(1366, 768, "/");
        assertThat(start.locator("#join-panel")).isVisible();
        assertThat(start.locator("#start-panel")).isHidden();
        start.locator("#join-code").fill("zzzz-zzzz");
        start.locator("#join-form button[type=submit]").click();
        assertThat(start.locator("#join-error")).containsText("no running exercise has that join code");
        start.locator("#join-code").fill(joinCode(id).toLowerCase().replace("-", " "));
        start.locator("#join-form button[type=submit]").click();
        start.waitForURL(Pattern.compile(".*/console\\.html\\?exercise=" + id + "$"));

        Page console = start;
        assertThat(console.locator("#link-state")).hasText("Live");
        assertThat(console.locator("#scenario-title")).hasText("Volume surge: the wrong amount on the bills");
        assertThat(console.locator(".tile")).hasCount(4);
        assertThat(console.locator("#intervention-tabs [role=tab]")).hasText(new String[] {
            "Routing & skills", "People", "IVR", "Planning", "Continuity", "Team", "Review"});
        assertThat(console.locator("tr[data-agent=sam-ortiz] .agent-skills")).hasText("support, billing");

        // Move Sam Ortiz to billing only, with a why.
        console.locator("#move-agent-agent").selectOption("sam-ortiz");
        Locator move = console.locator("#form-move-agent");
        move.locator("input[name=skill][value=support]").uncheck();
        move.locator("input[name=skill][value=billing]").check();
        move.locator("input[name=rationale]").fill("billing queue building, support has slack");
        move.locator("button[type=submit]").click();
        assertThat(move.locator(".form-status")).hasAttribute("data-status", "ok");
        assertThat(move.locator(".form-status")).containsText("Sam Ortiz");
        Locator moved = console.locator(".log-entry[data-action=move-agent]");
        assertThat(moved).hasAttribute("data-status", "accepted");
        assertThat(moved.locator(".log-status")).hasText("✓ Accepted");
        assertThat(moved.locator(".log-why")).hasText("Why: billing queue building, support has slack");
        assertThat(console.locator("tr[data-agent=sam-ortiz] .agent-skills")).hasText("billing");

        // Diagnose: what moved, one row per voice and chat queue, each with a driver.
        console.locator("#what-moved-button").click();
        assertThat(console.locator("#what-moved-result table.what-moved")).isVisible();
        assertThat(console.locator("#what-moved-result tr[data-queue=billing] .driver")).not().isEmpty();
        assertThat(console.locator(".log-entry[data-action=open-view]").first()).hasAttribute("data-status", "accepted");

        // Size billing with the staffing calculator.
        console.locator("#tab-planning").click();
        Locator staffing = console.locator("#form-staffing");
        staffing.locator("select[name=queue]").selectOption("billing");
        staffing.locator("button[type=submit]").click();
        assertThat(staffing.locator("[data-figure=required-agents]")).hasText(Pattern.compile("^\\d+$"));
        assertThat(staffing.locator(".figures-table")).containsText("Service level");
        assertThat(staffing.locator(".big-note")).containsText("model Erlang");

        // A broadcast reaches the team's wallboard, and this console shows it as a banner.
        console.locator("#tab-team").click();
        Locator broadcast = console.locator("#form-broadcast");
        broadcast.locator("textarea[name=message]").fill("Billing first until 10:00, please");
        broadcast.locator("button[type=submit]").click();
        assertThat(console.locator("#broadcast-banner")).isVisible();
        assertThat(console.locator("#broadcast-text")).containsText("Billing first until 10:00, please");

        // A refusal is red, with the code and the trainer's sentence.
        console.locator("#tab-people").click();
        Locator coaching = console.locator("#form-coaching");
        coaching.locator("select[name=agent]").selectOption("sam-ortiz");
        assertThat(coaching.locator("textarea[name=figures]")).not().isEmpty();
        coaching.locator("input[name=at]").fill("08:00"); // the day started at 08:00: that is in the past now
        coaching.locator("button[type=submit]").click();
        Locator refused = console.locator(".log-entry[data-action=schedule-coaching]");
        assertThat(refused).hasAttribute("data-status", "refused");
        assertThat(refused.locator(".log-status")).hasText("✕ Refused");
        assertThat(refused.locator(".log-message")).containsText("now or later");
        assertThat(coaching.locator(".form-status")).hasAttribute("data-status", "error");

        // The agent's evidence.
        console.locator("tr[data-agent=sam-ortiz] button[data-view=agent-quality]").click();
        assertThat(console.locator("#evidence-title")).hasText("Sam Ortiz · quality figures");

        console.locator("#tab-routing").click();
        console.locator(".cs-centre").evaluate("e => e.scrollTop = 0");
        console.waitForTimeout(500);
        assertTrue((Boolean) console.evaluate(NO_HORIZONTAL_SCROLL), "the console has no horizontal scroll at 1366×768");
        console.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("console-1366x768.png")));
        console.locator("#agent-evidence").scrollIntoViewIfNeeded();
        console.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("console-agents-1366x768.png")));

        // The trainer stops the exercise: the console says so and leads to the debrief.
        assertEquals(200, trainer.call(HttpMethod.POST, "/api/exercises/" + id + "/stop", null).status());
        assertThat(console.locator("#end-banner")).isVisible();
        assertThat(console.locator("#link-state")).hasText("Exercise ended");
        assertThat(console.locator("#score-panel")).isVisible();
        assertThat(console.locator("#score-overall")).hasText(Pattern.compile("^\\d{1,3}%$"));
        console.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("console-ended-1366x768.png")));

        console.locator("#end-debrief").click();
        Page debrief = console;
        assertThat(debrief.locator("body[data-loaded=true]")).hasCount(1);
        assertThat(debrief.locator("#db-title")).hasText("Volume surge: the wrong amount on the bills");
        assertThat(debrief.locator("#overall-percent")).hasText(Pattern.compile("^\\d{1,3}%$"));
        assertThat(debrief.locator("#db-outcome tr[data-component]")).not().hasCount(0);
        assertThat(debrief.locator("#db-criteria tr[data-criterion]")).not().hasCount(0);
        assertThat(debrief.locator("#db-timeline tr[data-kind=command]").filter(
                new Locator.FilterOptions().setHasText("Sam Ortiz now takes billing"))).hasCount(1);
        assertThat(debrief.locator("#db-timeline tr[data-kind=refused]")).containsText("now or later");
        Locator intervention = debrief.locator("#db-interventions tr[data-accepted=true]").first();
        assertThat(intervention).containsText("Move agent");
        assertThat(intervention).containsText("billing queue building, support has slack");
        assertThat(debrief.locator("#print")).isVisible();
        debrief.setViewportSize(1366, 900);
        debrief.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("debrief.png")).setFullPage(true));
        debrief.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(debrief.locator("#print")).isHidden();
        debrief.setViewportSize(794, 1123);
        debrief.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("debrief-print.png")).setFullPage(true));
        debrief.pdf(new Page.PdfOptions().setPath(SCREENSHOTS.resolve("debrief.pdf")).setFormat("A4"));
    }

    @Test
    @DisplayName("a trainee classifies and escalates the first case of vulnerable-escalations from the case inbox")
    void escalateACase() throws Exception {
        String scenarios = trainer.call(HttpMethod.GET, "/api/scenarios", null).body();
        Assumptions.assumeTrue(scenarios.contains("\"vulnerable-escalations\""),
                "the vulnerable-escalations scenario is not in the library yet: the case step is skipped, not faked");
        String id = trainer.startExercise("vulnerable-escalations", 60).getString("id");
        Page console = joined(id);
        assertThat(console.locator("#link-state")).hasText("Live");

        Locator card = console.locator(".case[data-kind=escalation]").first();
        assertThat(card).isVisible(SLOW);
        assertThat(card.locator(".case-facts")).containsText("Customer");
        assertThat(card.locator(".case-deadline")).containsText("Due");
        console.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("console-case-1366x768.png")));
        card.locator("button[data-classify=standard]").click();
        assertThat(card.locator(".form-status")).hasAttribute("data-status", "ok");
        assertThat(card.locator("button[data-classify=standard]")).hasAttribute("aria-pressed", "true");
        card.locator("input[type=radio][value='1']").check();
        card.locator("input[name=owner]").fill("Front-line complaints team");
        card.locator("input[name=resolveWithinMinutes]").fill("240");
        card.locator("input[name=rationale]").fill("first contact, no vulnerability, low value");
        card.locator("button", new Locator.LocatorOptions().setHasText("Escalate")).click();
        Locator escalated = console.locator(".log-entry[data-action=escalate-case]");
        assertThat(escalated).hasAttribute("data-status", "accepted");
        assertThat(escalated.locator(".log-what")).containsText("tier 1, owner Front-line complaints team, within 240 min");
        console.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("console-case-escalated-1366x768.png")));
        trainer.call(HttpMethod.POST, "/api/exercises/" + id + "/stop", null);
    }

    @Test
    @DisplayName("a debrief for an exercise that does not exist says so in the trainer's words")
    void unknownDebrief() {
        Page debrief = open(1366, 768, "/debrief.html?exercise=nosuchthing");
        assertThat(debrief.locator("#db-error")).isVisible();
        assertThat(debrief.locator("#db-title")).hasText("No debrief to show");
    }

    @Test
    @DisplayName("a trainer who opens a console without joining is told to use the exercise's join code, and sends nothing")
    void trainerIsToldToJoin() throws Exception {
        String id = trainer.startExercise("volume-surge", 10).getString("id");
        Page page = open(1366, 768, "/");
        page.locator("#trainer-key").fill(RunningTrainer.KEY);
        page.locator("#sign-in-form button[type=submit]").click();
        page.waitForURL("**/trainer.html");
        page.navigate("/console.html?exercise=" + id);
        assertThat(page.locator("#link-state")).hasText("Not joined");
        assertThat(page.locator("#notice")).containsText("signed in as the trainer");
        assertThat(page.locator("#notice")).containsText(joinCode(id));
        page.locator("#notice a").click();
        page.waitForURL(Pattern.compile(".*/\\?code=.*"));
        assertThat(page.locator("#join-code")).hasValue(joinCode(id));
        trainer.call(HttpMethod.POST, "/api/exercises/" + id + "/stop", null);
    }

    /** The code a trainer hands out, as the API gives it to the trainer. */
    private static String joinCode(String id) throws Exception {
        return trainer.call(HttpMethod.GET, "/api/exercises/" + id, null).json().getJsonObject("access").getString("joinCode");
    }

    /** A trainee's browser: the start page, the join code, and the console it opens. */
    private Page joined(String id) throws Exception {
        Page page = open(1366, 768, "/");
        page.locator("#join-code").fill(joinCode(id));
        page.locator("#join-form button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/console\\.html\\?exercise=" + id + "$"));
        return page;
    }

    private Page open(int width, int height, String path) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setBaseURL("http://localhost:" + trainer.port));
        contexts.add(context);
        Page page = context.newPage();
        page.onPageError(error -> pageErrors.add(path + ": " + error));
        page.navigate(path);
        return page;
    }
}
