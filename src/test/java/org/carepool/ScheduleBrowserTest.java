package org.carepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator manages a schedule from the Schedules page in real headless Chromium: creates it
 * (watching the next five fire times appear as the cron is typed), pauses it, runs it now (the pack
 * reaches an in-process SMTP server), sees the DELIVERED run and the pack on the Packs page, deletes
 * it. Skipped, saying why, when /usr/bin/chromium is absent. Screenshots: target/screenshots/schedules-*.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduleBrowserTest {
  @RegisterExtension
  static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
      .withPerMethodLifecycle(false);

  private static final Path SHOTS = Path.of("target", "screenshots");

  private RunningCarepool app;
  private HeadlessChromium chromium;
  private WebDriver browser;

  @BeforeAll
  void start() throws IOException {
    HeadlessChromium.assumeInstalled("ScheduleBrowserTest");
    app = new RunningCarepool(RunningCarepool.tempDir(), Map.of("CAREPOOL_SMTP_HOST", "localhost",
        "CAREPOOL_SMTP_PORT", Integer.toString(mail.getSmtp().getPort())))
        .load(RunningCarepool.resource("finance/lb1"));
    chromium = HeadlessChromium.start(Files.createTempDirectory("carepool-downloads"), 1000);
    browser = chromium.browser();
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  void stop() throws Exception {
    Teardown.inOrder(chromium, app);
  }

  @Test
  void an_admin_creates_pauses_runs_and_deletes_a_schedule_from_the_page_and_the_board_gets_the_pack() throws IOException {
    signIn("admin");
    browser.findElement(By.linkText("Schedules")).click();
    waitFor(d -> d.getCurrentUrl().endsWith("/schedules"));
    browser.findElement(By.id("id")).sendKeys("jb-page");
    new Select(browser.findElement(By.id("board"))).selectByValue("JB");
    WebElement cron = browser.findElement(By.id("cron"));
    cron.clear();
    cron.sendKeys("0 30 8 ? * MON-FRI");
    waitFor(d -> fires().size() == 5 && fires().get(0).contains("08:30"));
    List<String> fires = fires();
    assertTrue(fires.stream().allMatch(f -> f.contains("08:30") && !f.startsWith("Sat") && !f.startsWith("Sun")), fires.toString());
    browser.findElement(By.id("recipients")).sendKeys("board@example.org");
    shot("01-form-with-fire-times");
    browser.findElement(By.xpath("//button[text()='Save schedule']")).click();
    awaitText(By.cssSelector(".message"), "Schedule saved");
    waitFor(d -> row().getText().contains("active"));

    browser.findElement(By.xpath("//button[text()='Pause jb-page']")).click();
    awaitText(By.cssSelector(".message"), "Schedule paused");
    waitFor(d -> row().getText().contains("paused"));
    shot("02-paused");

    browser.findElement(By.xpath("//button[text()='Run jb-page now']")).click();
    waitFor(d -> d.getCurrentUrl().contains("/schedules/jb-page/runs"));
    new WebDriverWait(browser, Duration.ofSeconds(120)).pollingEvery(Duration.ofMillis(500)).until(d -> {
      d.navigate().refresh();
      // the worked example has no figures for last month's I&E: the pack goes out, recorded as incomplete
      return d.findElements(By.cssSelector("#runs .outcome.incomplete")).size() == 1;
    });
    assertTrue(mail.waitForIncomingEmail(10_000, 1));
    assertEquals(1, mail.getReceivedMessages().length, "one pack, one recipient");
    String run = browser.findElement(By.cssSelector("#runs tbody tr")).getText();
    assertTrue(run.contains("MANUAL") && run.contains("board@example.org") && run.contains(".pdf"), run);
    assertTrue(run.contains("sections not produced") && (run.contains("GMT") || run.contains("BST")), run);
    shot("03-run-delivered");

    browser.findElement(By.linkText("Packs")).click();
    assertTrue(browser.findElement(By.id("packs")).getText().contains("jb-page"));
    shot("04-packs");

    browser.findElement(By.linkText("Schedules")).click();
    browser.findElement(By.xpath("//button[text()='Delete jb-page']")).click();
    Alert question = new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
    assertTrue(question.getText().startsWith("Delete schedule jb-page?"), question.getText());
    question.dismiss();
    assertFalse(browser.findElements(By.id("schedule-jb-page")).isEmpty(), "dismissing the question keeps the schedule");
    browser.findElement(By.xpath("//button[text()='Delete jb-page']")).click();
    new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
    awaitText(By.cssSelector(".message"), "Schedule deleted");
    assertTrue(browser.findElements(By.id("schedule-jb-page")).isEmpty());
    shot("05-deleted");
    String audit = app.get("/api/audit", "admin").body();
    for (String action : List.of("SCHEDULE_CREATED", "SCHEDULE_PAUSED", "SCHEDULE_RUN_REQUESTED", "SCHEDULE_DELETED")) {
      assertTrue(audit.contains("\"action\":\"" + action + "\",\"detail\":\"jb-page"), action + " not audited: " + audit);
    }
  }

  @Test
  void a_refused_form_comes_back_as_typed_with_every_problem_and_an_edit_keeps_disabled_and_the_report_order()
      throws Exception {
    signIn("admin");
    browser.get(app.base() + "/schedules");
    browser.findElement(By.id("id")).sendKeys("jb-typed");
    WebElement cron = browser.findElement(By.id("cron"));
    cron.clear();
    cron.sendKeys("0 0 7 30 2 ?");
    browser.findElement(By.id("recipients")).sendKeys("first@example.org, second@example.org");
    browser.findElement(By.xpath("//button[text()='Save schedule']")).click();
    awaitText(By.id("form-problems"), "never fires");
    assertEquals("jb-typed", browser.findElement(By.id("id")).getAttribute("value"));
    assertEquals("0 0 7 30 2 ?", browser.findElement(By.id("cron")).getAttribute("value"));
    assertEquals("first@example.org, second@example.org", browser.findElement(By.id("recipients")).getAttribute("value"));
    shot("07-refused-form-kept");

    app.send("POST", "/api/schedules", "admin", """
        {"id": "jb-off", "board": "JB", "reports": ["income-expenditure", "performance"], "cron": "0 0 7 7 * ?",
         "recipients": ["board@example.org"], "enabled": false}""");
    browser.get(app.base() + "/schedules?edit=jb-off#edit");
    assertFalse(browser.findElement(By.id("enabled")).isSelected());
    new Select(browser.findElement(By.id("position-performance"))).selectByValue("1");
    new Select(browser.findElement(By.id("position-income-expenditure"))).selectByValue("2");
    browser.findElement(By.xpath("//button[text()='Save schedule']")).click();
    awaitText(By.cssSelector(".message"), "Schedule saved");
    String saved = app.get("/api/schedules/jb-off", "viewer").body();
    assertTrue(saved.contains("\"enabled\":false"), saved);
    assertTrue(saved.contains("\"reports\":[\"performance\",\"income-expenditure\"]"), saved);
    app.send("DELETE", "/api/schedules/jb-off", "admin", "");
  }

  @Test
  void the_meeting_its_date_and_the_author_typed_on_the_form_are_listed_and_come_back_to_edit() throws IOException {
    signIn("admin");
    browser.get(app.base() + "/schedules");
    browser.findElement(By.id("id")).sendKeys("jb-meeting");
    browser.findElement(By.id("recipients")).sendKeys("board@example.org");
    browser.findElement(By.id("meeting")).sendKeys("Example Joint Board, public meeting");
    // the date field types in the browser's locale; its value is always YYYY-MM-DD
    ((JavascriptExecutor) browser).executeScript("document.getElementById('meeting_date').value = '2026-01-15'");
    browser.findElement(By.id("author")).sendKeys("J Smith, Head of Pooled Finance");
    browser.findElement(By.xpath("//button[text()='Save schedule']")).click();
    awaitText(By.cssSelector(".message"), "Schedule saved");
    String row = browser.findElement(By.id("schedule-jb-meeting")).getText();
    assertTrue(row.contains("Example Joint Board, public meeting, Thu 15 Jan 2026; prepared by J Smith, Head of Pooled Finance"),
        row);
    for (int width : new int[] {1280, 400}) {
      fullPage("08-cover-fields-listed-" + width, width);
    }
    browser.get(app.base() + "/schedules?edit=jb-meeting#edit");
    assertEquals("2026-01-15", browser.findElement(By.id("meeting_date")).getAttribute("value"));
    assertEquals("J Smith, Head of Pooled Finance", browser.findElement(By.id("author")).getAttribute("value"));
    assertEquals("Example Joint Board, public meeting", browser.findElement(By.id("meeting")).getAttribute("value"));
    app.send("DELETE", "/api/schedules/jb-meeting", "admin", "");
  }

  @Test
  void a_viewer_sees_schedules_read_only() throws IOException {
    app.send("POST", "/api/schedules", "admin", """
        {"id": "jb-api", "board": "JB", "reports": ["income-expenditure"], "cron": "0 0 7 7 * ?",
         "recipients": ["board@example.org"]}""");
    signIn("viewer");
    browser.findElement(By.linkText("Schedules")).click();
    assertTrue(browser.findElement(By.id("schedule-jb-api")).getText().contains("JB"));
    assertTrue(browser.findElements(By.tagName("button")).stream().noneMatch(b -> b.getText().contains("jb-api")));
    assertFalse(browser.getPageSource().contains("Save schedule"));
    shot("06-viewer-read-only");
    app.send("DELETE", "/api/schedules/jb-api", "admin", "");
  }

  private List<String> fires() {
    return browser.findElements(By.cssSelector("#fires li")).stream().map(WebElement::getText).toList();
  }

  private WebElement row() {
    return browser.findElement(By.id("schedule-jb-page"));
  }

  private void signIn(String name) {
    browser.manage().deleteAllCookies();
    browser.get(app.base() + "/sign-in");
    browser.findElement(By.id("username")).sendKeys(name);
    browser.findElement(By.id("password")).sendKeys(RunningCarepool.PASSWORD);
    browser.findElement(By.xpath("//button[text()='Sign in']")).click();
    waitFor(d -> !d.getCurrentUrl().contains("/sign-in"));
  }

  /** Waits for the condition, looking again whenever a form post replaced the page under an element. */
  private void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(condition::apply);
  }

  private void awaitText(By element, String text) {
    waitFor(d -> d.findElement(element).getText().contains(text));
  }

  /** The whole page at a window width, then the window back to its own size. */
  private void fullPage(String name, int width) throws IOException {
    HasCdp cdp = (HasCdp) browser;
    cdp.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
        "deviceScaleFactor", 1, "mobile", false));
    chromium.fullPageShot(SHOTS.resolve("schedules-" + name + ".png"), 4000);
    cdp.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  private void shot(String name) throws IOException {
    chromium.shot(SHOTS.resolve("schedules-" + name + ".png"));
  }
}
