package org.cctrainer.backend.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.BoundingBox;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
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
 * The trainer station and the replay page in a real browser (Debian's Chromium, driven by
 * Playwright) against a trainer started in-process. Screenshots land in
 * {@code backend/target/screenshots/} for a person to look at.
 */
@DisplayName("The trainer station and the replay in a browser")
class TrainerStationBrowserTest {
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Paths.get(System.getProperty("basedir", "."), "target", "screenshots");
    private static final Pattern JOIN_CODE = Pattern.compile("^[A-Z0-9]{4}-[A-Z0-9]{4}$");
    private static final Pattern CLOCK = Pattern.compile("^\\d\\d:\\d\\d$");
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
    @DisplayName("a trainer launches Ana and Ben on crm-outage at 30×, injects an outage into Ana's centre, notes on Ben's, "
            + "pauses both, stops Ben's, exports its journal, and replays it: seek, next intervention, play")
    void cohortInjectStopReplayExport() throws Exception {
        Page station = signIn();
        station.onDialog(Dialog::accept); // "Stop Ben Okafor's exercise?"

        // Launch the cohort.
        Locator launch = station.locator("#launch-details");
        if (!(Boolean) launch.evaluate("d => d.open")) {
            station.locator(".launch-summary").click();
        }
        assertThat(station.locator("#cohort-scenario option[value=crm-outage]")).hasCount(1);
        station.locator("#cohort-scenario").selectOption("crm-outage");
        station.locator("#cohort-speed").selectOption("30");
        station.locator("#cohort-trainees").fill("Ana Silva\nBen Okafor\n");
        station.locator("#cohort-form button[type=submit]").click();

        // The hand-out: a join code and an observer link per trainee.
        Locator handout = station.locator("#handout-rows tr");
        assertThat(handout).hasCount(2);
        assertThat(handout.locator("th")).hasText(new String[] {"Ana Silva", "Ben Okafor"});
        String anaCode = handout.nth(0).locator("input.join-code-big").inputValue();
        assertTrue(JOIN_CODE.matcher(anaCode).matches(), anaCode);
        assertTrue(handout.nth(1).locator("input.observer-url").inputValue().contains("&view=observer&watch="));
        station.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("trainer-handout.png")));
        station.locator("#handout-close").click();

        // Two cards, live, with the same codes.
        Locator ana = station.locator(".card").filter(new Locator.FilterOptions().setHasText("Ana Silva"));
        Locator ben = station.locator(".card").filter(new Locator.FilterOptions().setHasText("Ben Okafor"));
        assertThat(station.locator(".card")).hasCount(2);
        assertThat(ana.locator(".card-code input")).hasValue(anaCode);
        assertThat(ana.locator(".card-link")).hasText("● Live");
        assertThat(ben.locator(".card-link")).hasText("● Live");
        assertThat(ana.locator(".mini-tile")).hasCount(4);
        assertThat(ana.locator(".mini-tile[data-queue=billing] .mini-name")).hasText("Billing");
        assertThat(ana.locator(".card-score")).containsText(Pattern.compile("Score \\d{1,3}%"));
        String anaId = ana.getAttribute("data-exercise");
        String benId = ben.getAttribute("data-exercise");

        // The grid updates: Ana's clock moves on.
        String clock = ana.locator(".card-clock").textContent();
        station.waitForFunction("([id, c]) => document.querySelector(`.card[data-exercise='${id}'] .card-clock`).textContent !== c",
                List.of(anaId, clock), new Page.WaitForFunctionOptions().setTimeout(15_000));

        // A form check before sending: a sickness with nobody in it.
        ana.locator("[data-act=inject]").click();
        Locator dialog = station.locator("#inject-dialog");
        assertThat(dialog).isVisible();
        assertThat(station.locator("#inject-targets")).hasText("into Ana Silva");
        station.locator("#inject-type").selectOption("sickness");
        dialog.locator("input[name=count]").fill("0");
        station.locator("#inject-send").click();
        assertThat(station.locator("#inject-answers li[data-kind=error]")).containsText("choose agents, or a count of at least 1");

        // Inject an outage of the CRM on billing, titled.
        station.locator("#inject-type").selectOption("outage");
        assertThat(dialog.locator("input[name=system]")).hasValue("CRM");
        dialog.locator("input[name=queues][value=billing]").check();
        dialog.locator("input[name=durationMinutes]").fill("45");
        dialog.locator("details.more summary").click();
        dialog.locator("input[name=title]").fill("CRM down again");
        station.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("trainer-inject.png")));
        station.locator("#inject-send").click();
        assertThat(station.locator("#inject-answers li[data-kind=ok]")).containsText("Ana Silva");
        station.locator("#inject-close").click();
        assertThat(dialog).isHidden();
        assertThat(ana.locator(".card-incident")).containsText("CRM down again");
        assertThat(ana.locator(".card-event")).containsText("CRM down again");
        assertThat(ben.locator(".card-incident")).isHidden();

        // Ben's trainee acts (over the API, as a console would), so his replay has an intervention.
        station.waitForFunction("id => document.querySelector(`.card[data-exercise='${id}'] .card-clock`).textContent >= '08:06'",
                benId, new Page.WaitForFunctionOptions().setTimeout(30_000));
        RunningTrainer.Response command = trainer.call(HttpMethod.POST, "/api/exercises/" + benId + "/commands",
                new JsonObject().put("id", "c1").put("action", "broadcast").put("message", "CRM may fail today: fallback forms are on the desk").encode(),
                trainer.traineeToken(benId));
        assertEquals(200, command.status(), command.body());
        String commandClock = clockAt(command.json().getDouble("t"));

        // A note on Ben's exercise.
        ben.locator("[data-act=note]").click();
        station.locator("#note-text").fill("Ben briefed the team before the outage: good anticipation.");
        station.locator("#note-send").click();
        assertThat(station.locator("#note-answers li[data-kind=ok]")).containsText(Pattern.compile("kept at \\d\\d:\\d\\d"));
        station.locator("#note-close").click();

        // Pause both at once, then resume both.
        station.locator("#select-all").check();
        assertThat(station.locator("#bulk-count")).hasText("2 selected:");
        station.locator("#bulk-pause").click();
        assertThat(ana.locator(".card-state")).hasText("❚❚ Paused");
        assertThat(ben.locator(".card-state")).hasText("❚❚ Paused");
        assertThat(station.locator("#bulk-status")).containsText("all 2");
        station.locator("#bulk-resume").click();
        assertThat(ana.locator(".card-state")).hasText("▶ Running");
        assertThat(ben.locator(".card-state")).hasText("▶ Running");
        station.locator("#select-all").uncheck();
        station.waitForTimeout(1_500);
        assertTrue((Boolean) station.evaluate(NO_HORIZONTAL_SCROLL), "the station has no horizontal scroll at 1366×768");
        station.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("trainer-station.png")));
        station.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("trainer-station-full.png")).setFullPage(true));
        station.setViewportSize(1920, 1080);
        station.waitForTimeout(500);
        station.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("trainer-station-1920x1080.png")));
        station.setViewportSize(1366, 768);

        // Stop Ben's: it leaves the grid and is listed as recorded.
        ben.locator("[data-act=stop]").click();
        assertThat(station.locator(".card")).hasCount(1);
        Locator recorded = station.locator("#recorded-rows tr[data-exercise='" + benId + "']");
        assertThat(recorded).isVisible();
        assertThat(recorded).containsText("Ben Okafor");
        assertThat(recorded.locator(".rec-state")).containsText("Stopped");

        // Export its journal: a file downloads, one JSON object per line.
        Download download = station.waitForDownload(() -> recorded.locator("[data-act=export]").click());
        Path journal = SCREENSHOTS.resolve("journal-" + benId + ".ndjson");
        download.saveAs(journal);
        assertTrue(download.suggestedFilename().length() > 0);
        List<String> lines = Files.readAllLines(journal);
        assertTrue(lines.size() > 10, "the journal has entries: " + lines.size());
        new JsonObject(lines.get(0));

        // Import it back (as another trainer would): listed, ready to replay. A corrupted file is refused line by line.
        station.locator("#import-file").setInputFiles(journal);
        assertThat(station.locator("#import-result .message-ok")).containsText("Imported");
        String imported = station.locator("#import-result .message-ok").textContent().replaceAll(".*as exercise (\\S+):.*", "$1");
        assertThat(station.locator("#recorded-rows tr[data-exercise='" + imported + "']")).isVisible();
        Path corrupted = SCREENSHOTS.resolve("corrupted-journal.ndjson");
        Files.writeString(corrupted, lines.get(0) + "\n{\"not\": \"an entry\"}\nthis is not JSON\n");
        station.locator("#import-file").setInputFiles(corrupted);
        Locator problems = station.locator("#import-result .import-problems");
        assertThat(problems).containsText("was not imported, and nothing was stored");
        assertTrue(problems.locator("li").count() >= 1, "the problems are listed");
        assertThat(problems.locator("li").first()).containsText(Pattern.compile("^line \\d+: "));
        problems.scrollIntoViewIfNeeded();
        station.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("trainer-import-refused.png")));

        // Replay it, in a new tab that keeps the sign-in.
        Page replay = station.waitForPopup(() -> recorded.locator("[data-act=replay]").click());
        replay.onPageError(error -> pageErrors.add("replay: " + error));
        replay.setViewportSize(1366, 768);
        replay.waitForURL(Pattern.compile(".*/replay\\.html\\?exercise=[^&]+$"));
        assertThat(replay.locator("#link-state")).hasText("Live");
        assertThat(replay.locator("#replay-kicker")).containsText("Ben Okafor");
        assertThat(replay.locator(".tile")).hasCount(4);
        assertThat(replay.locator("#pause")).hasText("▶ Play");
        assertTrue(replay.locator(".rb-marker[data-kind=command]").count() >= 1, "the broadcast is on the timeline");
        assertTrue(replay.locator(".rb-marker[data-kind=note]").count() >= 1, "the note is on the timeline");
        assertThat(replay.locator(".rb-marker[data-kind=note]").first()).hasAttribute("title", Pattern.compile("Ben briefed the team"));

        // Seek to the middle of the day: the clock jumps there.
        double duration = Double.parseDouble(replay.locator("#rb-track").getAttribute("aria-valuemax"));
        assertEquals(5 * 3600, duration, 1, "the replay's timeline spans crm-outage's five hours");
        BoundingBox track = replay.locator("#rb-track").boundingBox();
        replay.mouse().click(track.x + track.width * 0.5, track.y + track.height / 2);
        String middle = clockAt(duration / 2);
        replay.waitForFunction("m => { const [h, mm] = document.querySelector('#clock').textContent.split(':').map(Number);"
                + " const [h2, m2] = m.split(':').map(Number); return Math.abs(h * 60 + mm - h2 * 60 - m2) <= 1; }", middle,
                new Page.WaitForFunctionOptions().setTimeout(15_000));

        // Back to the start, then step to the next intervention: just before the broadcast.
        replay.mouse().click(track.x + 1, track.y + track.height / 2);
        assertThat(replay.locator("#clock")).hasText("08:00");
        replay.locator("#next").click();
        replay.waitForFunction("() => document.querySelector('#clock').textContent >= '08:05'", null,
                new Page.WaitForFunctionOptions().setTimeout(15_000));
        String atNext = replay.locator("#clock").textContent();
        assertTrue(CLOCK.matcher(atNext).matches() && (commandClock.isEmpty() || atNext.compareTo(commandClock) <= 0),
                "next intervention stops at or just before the command at " + commandClock + ", not " + atNext);

        // Play it at 60×: the clock runs on.
        replay.locator("#speed-select").selectOption("60");
        replay.locator("#pause").click();
        assertThat(replay.locator("#run-state")).containsText("Running");
        replay.waitForFunction("c => document.querySelector('#clock').textContent > c", atNext,
                new Page.WaitForFunctionOptions().setTimeout(15_000));
        replay.mouse().move(track.x + track.width * 0.3, track.y + track.height / 2);
        replay.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("replay.png")));
        assertTrue((Boolean) replay.evaluate(NO_HORIZONTAL_SCROLL), "the replay has no horizontal scroll at 1366×768");

        // An observer follows the replay with its observer link, signed in nowhere.
        String replayId = replay.url().replaceAll(".*exercise=", "");
        String replayLink = trainer.call(HttpMethod.GET, "/api/exercises/" + replayId, null).json()
                .getJsonObject("access").getString("observerLink");
        Page watcher = open(1366, 768, replayLink);
        assertThat(watcher.locator("#link-state")).hasText("Live");
        assertThat(watcher.locator(".tile")).hasCount(4);
        assertThat(watcher.locator("#controls")).hasCount(0);

        // The observation record: the debrief with the trainee's label and the note.
        Page record = station.waitForPopup(() -> recorded.locator("[data-act=record]").click());
        record.onPageError(error -> pageErrors.add("record: " + error));
        assertThat(record.locator("body[data-loaded=true]")).hasCount(1);
        assertThat(record.locator(".db-kicker")).hasText("Observation record");
        assertThat(record.locator("#db-trainee")).hasText("Ben Okafor");
        assertThat(record.locator("#db-notes")).containsText("Ben briefed the team before the outage");
        record.setViewportSize(1366, 900);
        record.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("observation-record.png")).setFullPage(true));

        trainer.call(HttpMethod.POST, "/api/exercises/" + anaId + "/stop", null);
    }

    @Test
    @DisplayName("an observer follows a cohort exercise with the hand-out's observer link, signed in nowhere")
    void observerLinkNeedsNoKey() throws Exception {
        JsonObject exercise = trainer.startExercise("crm-outage", 10);
        String link = exercise.getJsonObject("access").getString("observerLink");
        Page observer = open(1366, 768, link);
        assertThat(observer.locator("#link-state")).hasText("Live");
        assertThat(observer.locator(".tile")).hasCount(4);
        assertThat(observer.locator("#controls")).hasCount(0);
        assertThat(observer.locator("#live-score")).hasCount(0);
        trainer.call(HttpMethod.POST, "/api/exercises/" + exercise.getString("id") + "/stop", null);
        assertThat(observer.locator("#link-state")).hasText("Exercise ended");
    }

    /** crm-outage's clock (its day starts at 08:00) at virtual second t. */
    private static String clockAt(double t) {
        int minutes = 8 * 60 + (int) Math.floor(t / 60);
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }

    /** The start page, the trainer key, and the station it opens. */
    private Page signIn() {
        Page page = open(1366, 768, "/");
        page.locator("#trainer-key").fill(RunningTrainer.KEY);
        page.locator("#sign-in-form button[type=submit]").click();
        page.waitForURL("**/trainer.html");
        return page;
    }

    private Page open(int width, int height, String path) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setBaseURL("http://localhost:" + trainer.port).setAcceptDownloads(true));
        contexts.add(context);
        Page page = context.newPage();
        page.onPageError(error -> pageErrors.add(path + ": " + error));
        page.navigate(path);
        return page;
    }
}
