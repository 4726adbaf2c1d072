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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An arrangement's page, and the dashboard with its KPI cards, on the whole demo data set in headless
 * Chromium at 1280 and 400 px: nothing wider than the window, every chart labelled with its figures
 * in words, each KPI chart's data table there to open. Screenshots: target/screenshots/arrangement-*.png
 * and dashboard-kpis-*.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArrangementPageBrowserTest {
  private static final Path SHOTS = Path.of("target", "screenshots");
  private RunningCarepool app;
  private HeadlessChromium chromium;
  private WebDriver browser;

  @BeforeAll
  void start() throws Exception {
    HeadlessChromium.requireInstalled("ArrangementPageBrowserTest");
    app = RunningCarepool.onDemo(DemoStores.Part.WHOLE);
    assertEquals(201, app.send("POST", "/api/arrangements/BCF/closes?month=2026-09", "analyst", null).statusCode());
    chromium = HeadlessChromium.start(Files.createTempDirectory("carepool-downloads"), 900);
    browser = chromium.browser();
    Files.createDirectories(SHOTS);
    signIn();
  }

  @AfterAll
  void stop() throws Exception {
    Teardown.inOrder(chromium, app);
  }

  @Test
  void the_arrangement_page_fits_both_widths_and_every_chart_has_words_and_a_table() throws IOException {
    List<String> problems = new ArrayList<>();
    for (int width : new int[] {1280, 400}) {
      at(width);
      browser.get(app.base() + "/arrangements/BCF");
      shoot("arrangement-BCF-" + width);
      List<WebElement> panels = browser.findElements(By.cssSelector(".kpi-panel"));
      if (panels.size() != 7) {
        problems.add(panels.size() + " KPI panels for BCF at " + width + " px, not 7");
      }
      for (WebElement panel : panels) {
        WebElement details = panel.findElement(By.cssSelector("details.kpi-table"));
        details.findElement(By.tagName("summary")).click();
        if (!details.findElement(By.tagName("table")).isDisplayed()) {
          problems.add(panel.getAttribute("data-kpi") + ": its table does not open at " + width + " px");
        }
      }
      checkFits(problems, width);
      checkChartsLabelled(problems, width);
      if (browser.findElements(By.cssSelector(".kpi-chart svg")).size() != panels.size()) {
        problems.add("not a chart per KPI at " + width + " px");
      }
      browser.get(app.base() + "/arrangements/ICES");
      checkFits(problems, width);
      shoot("arrangement-ICES-" + width);
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void the_dashboards_kpi_cards_fit_both_widths_and_link_to_each_page() throws IOException {
    List<String> problems = new ArrayList<>();
    for (int width : new int[] {1280, 400}) {
      at(width);
      browser.get(app.base() + "/");
      checkFits(problems, width);
      checkChartsLabelled(problems, width);
      if (browser.findElements(By.cssSelector(".dashboard-card .kpi")).isEmpty()) {
        problems.add("no KPI on the cards at " + width + " px");
      }
      shoot("dashboard-kpis-" + width);
    }
    browser.findElement(By.cssSelector("#card-MHA h3 a")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().endsWith("/arrangements/MHA"));
    assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("MHA: "));
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  private void checkFits(List<String> problems, int width) {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    if ((Long) js.executeScript("return document.documentElement.scrollWidth") > width) {
      problems.add(browser.getCurrentUrl() + " wider than " + width + " px");
    }
  }

  /** Every chart names its title, and the title gives the figures (digits), not only a name. */
  private void checkChartsLabelled(List<String> problems, int width) {
    Object unlabelled = ((JavascriptExecutor) browser).executeScript("""
        return [...document.querySelectorAll('svg')].filter(s => !s.getAttribute('aria-labelledby')
          || !/\\d/.test(document.getElementById(s.getAttribute('aria-labelledby')).textContent)).length""");
    if ((Long) unlabelled != 0) {
      problems.add(browser.getCurrentUrl() + ": " + unlabelled + " charts without their figures in words at " + width
          + " px");
    }
  }

  private void shoot(String name) throws IOException {
    chromium.fullPageShot(SHOTS.resolve(name + ".png"), 9000);
  }

  private void at(int width) {
    ((HasCdp) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
  }

  private void signIn() {
    browser.get(app.base() + "/sign-in");
    browser.findElement(By.id("username")).sendKeys("viewer");
    browser.findElement(By.id("password")).sendKeys(RunningCarepool.PASSWORD);
    browser.findElement(By.xpath("//button[text()='Sign in']")).click();
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().contains("/sign-in"));
  }
}
