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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page an admin reaches, in headless Chromium at 1280 and at 400 px wide: one {@code h1}, a
 * {@code main} landmark, a label for every field and button, and nothing wider than a 400 px window
 * (wide tables scroll inside their own box). Screenshots: target/screenshots/tour-*.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageTourBrowserTest {
  private static final Path SHOTS = Path.of("target", "screenshots");
  private static final String SCHEDULE = """
      {"id": "jb-tour", "board": "JB", "reports": ["income-expenditure"], "cron": "0 0 7 7 * ?",
       "period": "previous-month", "formats": ["pdf"], "recipients": ["board@example.org"]}
      """;
  /** Path and name of each page, as the admin sees it. */
  private static final List<String[]> PAGES = List.of(
      new String[] {"/", "home"}, new String[] {"/reports?arrangement=LB1&month=2025-09", "reports"},
      new String[] {"/data", "data"}, new String[] {"/users", "users"}, new String[] {"/audit", "audit"},
      new String[] {"/schedules", "schedules"}, new String[] {"/schedules/jb-tour/runs", "runs"},
      new String[] {"/packs", "packs"}, new String[] {"/arrangements/LB1", "arrangement"},
      new String[] {"/no/such/page", "not-found"});

  private RunningCarepool app;
  private HeadlessChromium chromium;
  private WebDriver browser;

  @BeforeAll
  void start() throws Exception {
    HeadlessChromium.requireInstalled("PageTourBrowserTest");
    app = new RunningCarepool(RunningCarepool.tempDir()).load(RunningCarepool.resource("finance/lb1"));
    assertEquals(201, app.send("POST", "/api/schedules", "admin", SCHEDULE).statusCode());
    int run = app.send("POST", "/api/schedules/jb-tour/run", "admin", "").statusCode();
    assertTrue(run >= 200 && run < 300, "run now: " + run);
    chromium = HeadlessChromium.start(Files.createTempDirectory("carepool-downloads"), 900);
    browser = chromium.browser();
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  void stop() throws Exception {
    Teardown.inOrder(chromium, app);
  }

  @Test
  void every_page_has_one_heading_a_main_landmark_labelled_fields_and_fits_400_px() throws IOException {
    List<String> problems = new ArrayList<>();
    for (int width : new int[] {400, 1280}) {
      at(width);
      browser.get(app.base() + "/sign-in");
      look("sign-in", problems);
    }
    signIn();
    for (int width : new int[] {1280, 400}) {
      at(width);
      for (String[] page : PAGES) {
        browser.get(app.base() + page[0]);
        look(page[1], problems);
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  private void look(String name, List<String> problems) throws IOException {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    long width = (Long) js.executeScript("return window.innerWidth");
    chromium.fullPageShot(SHOTS.resolve("tour-" + name + "-" + width + ".png"), 4000);
    String where = name + " at " + width + " px: ";
    if (browser.findElements(By.tagName("h1")).size() != 1) {
      problems.add(where + "not exactly one h1");
    }
    if (browser.findElements(By.tagName("main")).size() != 1) {
      problems.add(where + "not exactly one main landmark");
    }
    Object unlabelled = js.executeScript("""
        return [...document.querySelectorAll('input:not([type=hidden]), select, textarea, button')]
          .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.textContent.trim())
          .map(e => e.outerHTML.slice(0, 80));""");
    if (!((List<?>) unlabelled).isEmpty()) {
      problems.add(where + "unlabelled " + unlabelled);
    }
    long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth");
    if (scrollWidth > width) {
      problems.add(where + "the page is " + scrollWidth + " px wide");
    }
  }

  /** The window's layout width, whatever the smallest window the platform allows. */
  private void at(int width) {
    ((HasCdp) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
  }

  private void signIn() {
    browser.findElement(By.id("username")).sendKeys("admin");
    browser.findElement(By.id("password")).sendKeys(RunningCarepool.PASSWORD);
    browser.findElement(By.xpath("//button[text()='Sign in']")).click();
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().contains("/sign-in"));
  }
}
