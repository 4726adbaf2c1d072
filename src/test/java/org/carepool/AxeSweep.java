package org.carepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carepool.demo.DemoStores;
import org.carepool.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core (WCAG 2.1 A and AA) on every page of the demo store that a role reaches, in headless
 * Chromium at 1280 and 400 px: a sweep lists every serious or critical violation (page, width, rule,
 * elements) and fails once with the list; the moderate and minor ones are printed. One server and one
 * browser per class. The 86 checks are split by role over three classes ({@link AccessibilityBrowserTest}:
 * signed out and viewer; {@link AccessibilityAnalystBrowserTest}; {@link AccessibilityAdminBrowserTest}) so
 * that the two test JVMs share them: in one class they were the longest class of the suite, the floor of
 * one JVM. Screenshots: target/screenshots/axe-*.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AxeSweep {
  private static final Path SHOTS = Path.of("target", "screenshots");
  private static final String MONTH = "2026-09";
  private static final String SCHEDULE = """
      {"id": "hwb-axe", "board": "HWB", "reports": ["income-expenditure"], "cron": "0 0 7 7 * ?",
       "period": "previous-month", "formats": ["pdf"], "recipients": ["board@example.org"]}
      """;

  /** A page, and the least role that opens it. */
  record Page(String name, String path, Role opens) {
  }

  /**
   * Every page a signed-in user can reach: a new page is one line here.
   */
  static final List<Page> PAGES = List.of(
      new Page("home", "/", Role.VIEWER),
      new Page("arrangement", "/arrangements/BCF", Role.VIEWER),
      new Page("arrangement-month", "/arrangements/ICES?month=" + MONTH, Role.VIEWER),
      new Page("reports", "/reports", Role.VIEWER),
      new Page("reports-headline", "/reports?arrangement=BCF&month=" + MONTH, Role.VIEWER),
      new Page("reports-refused", "/reports?arrangement=NOPE&month=" + MONTH, Role.VIEWER),
      new Page("schedules", "/schedules", Role.VIEWER),
      new Page("schedules-saved", "/schedules?done=saved", Role.VIEWER),
      new Page("runs", "/schedules/hwb-axe/runs?done=queued", Role.VIEWER),
      new Page("packs", "/packs", Role.VIEWER),
      new Page("not-found", "/no/such/page", Role.VIEWER),
      new Page("data", "/data", Role.ANALYST),
      new Page("users", "/users", Role.ADMIN),
      new Page("audit", "/audit", Role.ADMIN));

  /** A page reached by a post the server refuses, and the least role that can make it. */
  record Refusal(String name, Role makes, Runnable post) {
  }

  /** Every refused post whose answer is a page of its own: a new one is one line here. */
  private final List<Refusal> refusals = List.of(
      new Refusal("data-rejected", Role.ANALYST, this::uploadBadSpend),
      new Refusal("schedule-refused", Role.ADMIN, this::saveBadSchedule));

  RunningCarepool app;
  private HeadlessChromium chromium;
  WebDriver browser;
  final Axe axe = Axe.vendored();
  private final List<String> serious = new ArrayList<>();
  private final List<String> lesser = new ArrayList<>();
  private int checked;

  @BeforeAll
  void start() throws Exception {
    HeadlessChromium.requireInstalled(getClass().getSimpleName());
    app = RunningCarepool.onDemo(DemoStores.Part.WHOLE);
    assertEquals(201, app.send("POST", "/api/arrangements/BCF/closes?month=" + MONTH, "analyst", null).statusCode());
    assertEquals(201, app.send("POST", "/api/schedules", "admin", SCHEDULE).statusCode());
    int run = app.send("POST", "/api/schedules/hwb-axe/run", "admin", "").statusCode();
    assertTrue(run >= 200 && run < 300, "run now: " + run);
    chromium = HeadlessChromium.start(Files.createTempDirectory("carepool-downloads"), 900);
    browser = chromium.browser();
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  void stop() throws Exception {
    Teardown.inOrder(chromium, app);
  }

  /** The sign-in page, as it comes and after a refused password, at both widths. */
  void sweepSignedOut() throws IOException {
    for (int width : new int[] {1280, 400}) {
      at(width);
      browser.get(app.base() + "/sign-in");
      check("signed out", "sign-in", width);
      signIn("viewer", "not-the-password");
      check("signed out", "sign-in-refused", width);
    }
  }

  /** Every page and refusal the role reaches, at both widths; then signs out through the page's button. */
  void sweep(Role role) throws IOException {
    signIn(role.name().toLowerCase(), RunningCarepool.PASSWORD);
    for (int width : new int[] {1280, 400}) {
      at(width);
      checkEveryPage(role, width);
    }
    browser.findElement(By.cssSelector(".sign-out button")).click();
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("/sign-in"));
  }

  /**
   * Prints the lesser findings and fails listing every serious or critical one of the sweeps; fails too if
   * the sweeps checked another number of pages than the class stands for (a page or role lost in the split).
   */
  void assertNothingSerious(long startNanos, int pages) {
    lesser.forEach(System.out::println);
    System.out.printf("AXE (%s): %d pages checked in %d s; %d serious or critical, %d lesser or best-practice findings%n",
        getClass().getSimpleName(), checked, (System.nanoTime() - startNanos) / 1_000_000_000, serious.size(),
        lesser.size());
    assertTrue(serious.isEmpty(), serious.size() + " serious or critical violations:\n" + String.join("\n", serious));
    assertEquals(pages, checked, "pages checked");
  }

  private void checkEveryPage(Role role, int width) throws IOException {
    String user = role.name().toLowerCase();
    for (Page page : PAGES) {
      if (role.includes(page.opens())) {
        browser.get(app.base() + page.path());
        check(user, page.name(), width);
      }
    }
    for (Refusal refusal : refusals) {
      if (role.includes(refusal.makes())) {
        refusal.post().run();
        check(user, refusal.name(), width);
      }
    }
    if (role == Role.VIEWER) {
      browser.get(app.base() + "/users");
      check(user, "forbidden", width);
    }
  }

  private void check(String who, String page, int width) throws IOException {
    String where = page + " (" + who + ", " + width + " px): ";
    for (Axe.Violation violation : axe.check(browser)) {
      (violation.blocking() ? serious : lesser).add(where + violation);
    }
    shot(who.replace(' ', '-') + "-" + page + "-" + width);
    checked++;
  }

  private void shot(String name) throws IOException {
    chromium.fullPageShot(SHOTS.resolve("axe-" + name + ".png"), 6000);
  }

  /** The window's layout width, whatever the smallest window the platform allows. */
  private void at(int width) {
    ((HasCdp) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
  }

  /** AppBrowserTest's spend.csv with an unknown arrangement and an over-precise amount. */
  private void uploadBadSpend() {
    try {
      Path file = Files.createTempDirectory("carepool-upload").resolve("spend.csv");
      Files.writeString(file, AppBrowserTest.BAD_SPEND);
      browser.get(app.base() + "/data");
      browser.findElement(By.id("files")).sendKeys(file.toAbsolutePath().toString());
      browser.findElement(By.xpath("//button[text()='Load files']")).click();
      browser.findElement(By.id("problems"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A schedule whose cron the server cannot read: the form comes back with the problem above it. */
  private void saveBadSchedule() {
    browser.get(app.base() + "/schedules");
    browser.findElement(By.id("id")).sendKeys("refused");
    browser.findElement(By.id("cron")).clear();
    browser.findElement(By.id("cron")).sendKeys("not a cron");
    browser.findElement(By.id("recipients")).sendKeys("board@example.org");
    browser.findElement(By.xpath("//button[text()='Save schedule']")).click();
    browser.findElement(By.id("form-problems"));
  }

  private void signIn(String user, String password) {
    browser.get(app.base() + "/sign-in");
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.xpath("//button[text()='Sign in']")).click();
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().endsWith("/sign-in")
        || !d.findElements(By.id("sign-in-error")).isEmpty());
  }
}
