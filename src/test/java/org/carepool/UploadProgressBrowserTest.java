package org.carepool;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 13 item 4 in a real headless Chromium: the Data page sends a large spend.csv with
 * XMLHttpRequest, shows what it has sent, then the import's stages in its status line, then the
 * result as the plain form post does. Screenshots: target/screenshots/progress-*.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadProgressBrowserTest {
  private static final Path SHOTS = Path.of("target", "screenshots");
  /** Every text the status line shows, in order, kept by the page itself so none is missed between polls. */
  private static final String RECORD_STATUS = """
      window.seenStatus = [];
      const status = document.getElementById("upload-status");
      new MutationObserver(() => window.seenStatus.push(status.textContent))
          .observe(status, { childList: true, characterData: true, subtree: true });
      """;

  private RunningCarepool app;
  private HeadlessChromium chromium;
  private WebDriver browser;

  @BeforeAll
  void start() throws IOException {
    HeadlessChromium.requireInstalled("UploadProgressBrowserTest");
    app = new RunningCarepool(RunningCarepool.tempDir()).load(RunningCarepool.resource("finance/lb1"));
    chromium = HeadlessChromium.start(Files.createTempDirectory("carepool-downloads"), 900);
    browser = chromium.browser();
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  void stop() throws Exception {
    Teardown.inOrder(chromium, app);
  }

  @Test
  void a_large_upload_shows_what_is_sent_then_the_import_stages_then_the_result() throws IOException {
    StringBuilder rows = new StringBuilder("arrangement,scheme,month,amount,organisation,locality\n");
    for (int i = 0; i < 300_000; i++) {
      rows.append("LB1,S1,2025-08,1.00,CCG,L1\n");
    }
    Path csv = Files.createTempDirectory("carepool-upload").resolve("spend.csv");
    Files.writeString(csv, rows);
    signIn("analyst");
    browser.get(app.base() + "/data");
    JavascriptExecutor js = (JavascriptExecutor) browser;
    js.executeScript(RECORD_STATUS);
    browser.findElement(By.id("files")).sendKeys(csv.toAbsolutePath().toString());
    browser.findElement(By.xpath("//button[text()='Load files']")).click();

    new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.findElement(By.id("upload-status")).getText()
        .matches("(Checking|Writing) spend\\.csv.*"));
    assertTrue(browser.findElement(By.id("upload-progress")).isDisplayed(), "the progress bar is shown");
    shot("data-importing");
    browser.manage().window().setSize(new Dimension(400, 900));
    shot("data-importing-narrow");
    browser.manage().window().setSize(new Dimension(1280, 900));

    new WebDriverWait(browser, Duration.ofSeconds(120)).until(d -> d.findElements(By.cssSelector("#main .message")).size() > 0);
    String result = browser.findElement(By.cssSelector("#main .message")).getText();
    assertTrue(result.contains("spend.csv: 300,000 spend row(s), import batch"), result);
    @SuppressWarnings("unchecked")
    List<String> seen = (List<String>) js.executeScript("return window.seenStatus");
    assertTrue(seen.stream().anyMatch(s -> s.matches("Sending [0-9.]+ of [0-9.]+ MB")), "transfer shown: " + seen);
    // the page polls every 500 ms: on a quiet machine checking 300,000 rows can fall between two polls, writing them cannot
    assertTrue(seen.stream().anyMatch(s -> s.startsWith("Checking spend.csv: ") && s.endsWith(" rows read")
        || s.equals("Writing spend.csv")), "an import stage shown: " + seen);
    assertTrue(browser.getCurrentUrl().endsWith("/data"), browser.getCurrentUrl());
    shot("data-loaded");
    browser.manage().window().setSize(new Dimension(400, 900));
    shot("data-loaded-narrow");
    browser.manage().window().setSize(new Dimension(1280, 900));
  }

  @Test
  void a_refused_upload_shows_its_problems_above_the_form() throws IOException {
    Path csv = Files.createTempDirectory("carepool-upload").resolve("spend.csv");
    Files.writeString(csv, AppBrowserTest.BAD_SPEND);
    signIn("analyst");
    browser.get(app.base() + "/data");
    browser.findElement(By.id("files")).sendKeys(csv.toAbsolutePath().toString());
    browser.findElement(By.xpath("//button[text()='Load files']")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElements(By.id("problems")).size() > 0);
    String problems = browser.findElement(By.id("problems")).getText();
    assertTrue(problems.contains("spend.csv 3 arrangement NOPE"), problems);
    assertTrue(browser.findElement(By.cssSelector(".error")).getText().contains("Nothing was loaded: 2 problems"));
    assertTrue(browser.findElement(By.id("upload-form")).isDisplayed(), "the form is there to try again");
  }

  /** A session that ended while the Data page was open: the whole sign-in page, then back to Data; nothing loaded. */
  @Test
  void an_upload_after_the_session_ended_goes_to_the_sign_in_page() throws IOException {
    Path csv = Files.createTempDirectory("carepool-upload").resolve("spend.csv");
    Files.writeString(csv, "arrangement,scheme,month,amount,organisation,locality\nLB1,S1,2025-08,1.00,CCG,L1\n");
    signIn("analyst");
    browser.get(app.base() + "/data");
    browser.manage().deleteAllCookies();
    browser.findElement(By.id("files")).sendKeys(csv.toAbsolutePath().toString());
    browser.findElement(By.xpath("//button[text()='Load files']")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/sign-in"));
    assertTrue(browser.getCurrentUrl().endsWith("/sign-in?next=%2Fdata"), browser.getCurrentUrl());
    assertTrue(browser.findElements(By.id("upload-form")).isEmpty(), "the sign-in page as a whole, not inside the Data page");
    assertTrue(browser.findElement(By.id("sign-in-next")).getText().endsWith("sign in to go on to /data."));
    shot("data-session-ended");
    chromium.submitSignIn("analyst");
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().endsWith("/data"));
    assertTrue(browser.findElements(By.cssSelector("#main .message")).isEmpty(), "nothing was loaded");
  }

  private void signIn(String name) {
    chromium.signIn(app.base(), name);
  }

  private void shot(String name) throws IOException {
    chromium.shot(SHOTS.resolve("progress-" + name + ".png"));
  }
}
