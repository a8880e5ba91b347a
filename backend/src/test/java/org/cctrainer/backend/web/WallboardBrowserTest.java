package org.cctrainer.backend.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The pages in a real browser (Debian's Chromium, driven by Playwright) against a trainer
 * started in-process: the start page, the live wallboard and its observer view. Screenshots
 * land in {@code backend/target/screenshots/} for a person to look at.
 */
@DisplayName("The wallboard in a browser")
class WallboardBrowserTest {
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Paths.get(System.getProperty("basedir", "."), "target", "screenshots");
    private static final Pattern PERCENT = Pattern.compile("^\\d{1,3}%$");
    private static final String NO_HORIZONTAL_SCROLL =
            "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth";

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
    @DisplayName("a trainer starts volume-surge at 60×, follows the wallboard link and watches live figures; an observer gets the read-only board")
    void startWatchAndObserve() {
        Page start = signedIn(1920, 1080);
        Locator surge = start.locator("label[data-scenario=volume-surge]");
        assertThat(start.locator("label.scenario")).hasCount(org.cctrainer.sim.scenario.ScenarioLibrary.builtInIds().size());
        assertThat(surge).containsText("Volume surge");
        assertThat(surge).containsText("80% in 20 s");
        assertThat(surge).containsText("Phone");
        assertThat(start.locator("#speed")).hasValue("10");
        start.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("start-page.png")));

        surge.click();
        start.locator("#speed").selectOption("60");
        start.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start exercise")).click();
        Locator wallboardLink = start.locator("#start-done a");
        assertThat(wallboardLink).hasText("Open wallboard →");
        String id = wallboardLink.getAttribute("href").replaceAll(".*exercise=", "");
        Locator row = start.locator("li[data-exercise='" + id + "']");
        assertThat(row).containsText("Running");
        assertThat(row.locator(".join-code .code")).hasText(Pattern.compile("^[A-Z0-9]{4}-[A-Z0-9]{4}$"));
        String observerUrl = row.locator(".observer-url").inputValue();
        assertTrue(observerUrl.contains("/wallboard.html?exercise=" + id + "&view=observer&watch="), observerUrl);

        wallboardLink.click();
        Page board = start;
        assertThat(board.locator("#link-state")).hasText("Live");
        assertThat(board.locator("#scenario-title")).hasText("Volume surge: the wrong amount on the bills");
        assertThat(board.locator("#speed-select")).hasValue("60");
        Locator tiles = board.locator(".tile");
        assertThat(tiles).hasCount(4);
        assertThat(board.locator(".tile-name")).hasText(new String[] {"Billing", "Technical support", "Web chat", "Email"});
        assertThat(board.locator(".tile[data-queue=billing] .sl-formula")).hasText("answered ≤ 20 s ÷ (answered + abandoned)");

        String clock = board.locator("#clock").textContent();
        String figures = tileFigures(board);
        board.waitForFunction("c => document.querySelector('#clock').textContent !== c", clock,
                new Page.WaitForFunctionOptions().setTimeout(15_000));
        board.waitForFunction("f => [...document.querySelectorAll('.tile .metric-value, .tile .sl-value, .tile-foot')]"
                + ".map(e => e.textContent).join('|') !== f", figures, new Page.WaitForFunctionOptions().setTimeout(15_000));
        assertNotEquals(figures, tileFigures(board), "some tile figure changed");
        assertThat(board.locator(".tile[data-queue=billing] .sl-value")).hasText(PERCENT);
        assertThat(board.locator(".tile[data-queue=billing] .sl-target")).hasText("80% in 20 s");
        assertThat(board.locator("#controls")).isVisible();
        assertThat(board.locator("#live-score")).isVisible();
        assertThat(board.locator("#live-score")).containsText(Pattern.compile("Score (\\d{1,3}%|–)"));

        board.waitForTimeout(10_000 - 2_000);
        assertThat(board.locator("#link-state")).hasText("Live");
        assertTrue(board.locator("#sl-chart canvas").count() > 0, "the service-level chart is drawn");
        board.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("wallboard-1920x1080.png")));
        assertTrue((Boolean) board.evaluate(NO_HORIZONTAL_SCROLL), "the wallboard fits 1920 wide");

        board.setViewportSize(1366, 768);
        board.waitForTimeout(300);
        assertTrue((Boolean) board.evaluate(NO_HORIZONTAL_SCROLL), "the trainer's wallboard has no horizontal scroll at 1366×768");

        Page observer = open(1366, 768, observerUrl.replaceFirst("^https?://[^/]+", ""));
        assertThat(observer.locator("#link-state")).hasText("Live");
        assertThat(observer.locator(".tile")).hasCount(4);
        assertThat(observer.locator("#controls")).hasCount(0);
        assertThat(observer.locator("#live-score")).hasCount(0);
        assertThat(observer.getByRole(AriaRole.BUTTON)).hasCount(0);
        assertThat(observer.locator(".tile[data-queue=billing] .sl-value")).hasText(PERCENT);
        double observerType = rootFontSize(observer);
        double trainerType = rootFontSize(board);
        assertTrue(observerType > trainerType, "observers get larger type: " + observerType + " px against " + trainerType + " px");
        observer.waitForTimeout(1_000);
        assertTrue((Boolean) observer.evaluate(NO_HORIZONTAL_SCROLL), "the observer view has no horizontal scroll at 1366×768");
        observer.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("observer-1366x768.png")));
        observer.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("observer-1366x768-full.png")).setFullPage(true));
    }

    @Test
    @DisplayName("the start page shows the trainer's own error sentence beside the form")
    void apiErrorsShowInline() {
        Page start = signedIn(1366, 768);
        start.route("**/api/exercises", route -> {
            if (route.request().method().equals("POST")) {
                route.fulfill(new Route.FulfillOptions().setStatus(409)
                        .setContentType("application/json")
                        .setBody("{\"error\":\"too-many-exercises\",\"message\":\"200 exercises are running; stop one first\"}"));
            } else {
                route.resume();
            }
        });
        assertThat(start.locator("label.scenario")).hasCount(org.cctrainer.sim.scenario.ScenarioLibrary.builtInIds().size());
        start.locator("#start-form button[type=submit]").click();
        assertThat(start.locator("#start-error")).isVisible();
        assertThat(start.locator("#start-error")).hasText("200 exercises are running; stop one first");
        start.locator("#seed").fill("twelve");
        start.locator("#start-form button[type=submit]").click();
        assertThat(start.locator("#start-error")).containsText("whole number");
    }

    @Test
    @DisplayName("a wallboard for an exercise that does not exist says the exercise ended instead of retrying for ever")
    void unknownExerciseEnds() {
        Page board = signedIn(1366, 768);
        board.navigate("/wallboard.html?exercise=nosuchthing");
        assertThat(board.locator("#link-state")).hasText("Exercise ended");
        assertThat(board.locator("#notice")).containsText("ended");
    }

    @Test
    @DisplayName("a wrong trainer key is refused in words; the right one signs in; signing out hides the trainer's panels; "
            + "the trainer's wallboard asks an anonymous visitor to sign in")
    void signInAndOut() {
        Page start = open(1366, 768, "/");
        assertThat(start.locator("#sign-in-panel")).isVisible();
        assertThat(start.locator("#start-panel")).isHidden();
        assertThat(start.locator("#join-panel")).isVisible();
        start.locator("#trainer-key").fill("not-the-trainer-key");
        start.locator("#sign-in-form button[type=submit]").click();
        assertThat(start.locator("#sign-in-error")).containsText("did not accept this trainer key");
        start.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("sign-in-refused.png")));
        start.locator("#trainer-key").fill(RunningTrainer.KEY);
        start.locator("#sign-in-form button[type=submit]").click();
        start.waitForURL("**/trainer.html");
        start.navigate("/");
        assertThat(start.locator("#who")).isVisible();
        assertThat(start.locator("#start-panel")).isVisible();
        start.locator("#sign-out").click();
        assertThat(start.locator("#sign-in-panel")).isVisible();
        assertThat(start.locator("#start-panel")).isHidden();
        start.reload();
        assertThat(start.locator("#sign-in-panel")).isVisible();

        Page anonymous = open(1366, 768, "/wallboard.html?exercise=whatever");
        assertThat(anonymous.locator("#link-state")).hasText("Not signed in");
        assertThat(anonymous.locator("#notice a")).hasText("Sign in →");
    }

    /** Signs in on the start page with the trainer key (which opens the trainer station), then goes back to the start page. */
    private Page signedIn(int width, int height) {
        Page page = open(width, height, "/");
        page.locator("#trainer-key").fill(RunningTrainer.KEY);
        page.locator("#sign-in-form button[type=submit]").click();
        page.waitForURL("**/trainer.html");
        page.navigate("/");
        assertThat(page.locator("#who")).isVisible();
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

    private static String tileFigures(Page page) {
        return (String) page.evaluate("() => [...document.querySelectorAll('.tile .metric-value, .tile .sl-value, .tile-foot')]"
                + ".map(e => e.textContent).join('|')");
    }

    private static double rootFontSize(Page page) {
        return ((Number) page.evaluate("() => parseFloat(getComputedStyle(document.documentElement).fontSize)")).doubleValue();
    }
}
