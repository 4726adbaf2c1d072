package org.carepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.carepool.demo.DemoStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Reports and Schedules forms used with the keyboard alone in headless Chromium, on the demo's
 * finance files: Tab and Shift+Tab to move, arrow keys to choose, Space to tick and press, Enter to
 * follow and submit, and characters typed into the focused field; nothing is clicked. Every control
 * focused on the way must show a focus ring: an outline at least 2 px wide whose colour has a contrast
 * of at least 3:1 with what surrounds it (WCAG 2.1 SC 1.4.11 and 2.4.7), not cut off by a scrolling box
 * such as a wide table's. Screenshots:
 * target/screenshots/keyboard-*.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeyboardBrowserTest {
  private static final Path SHOTS = Path.of("target", "screenshots");
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The focused element: what it is, its outline, and the contrast of the outline's colour with its surroundings. */
  private static final String FOCUS_RING = """
      const e = document.activeElement, s = getComputedStyle(e);
      const rgb = c => (c.match(/[\\d.]+/g) || ['0', '0', '0', '0']).map(Number);
      const lum = ([r, g, b]) => [r, g, b].map(v => v / 255)
        .map(v => v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4))
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
      let around = [255, 255, 255];
      for (let p = e.parentElement; p; p = p.parentElement) {
        const c = rgb(getComputedStyle(p).backgroundColor);
        if (c.length < 4 || c[3] > 0) { around = c; break; }
      }
      const [a, b] = [lum(rgb(s.outlineColor)), lum(around)];
      const contrast = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      const r = e.getBoundingClientRect(), reach = parseFloat(s.outlineOffset) + parseFloat(s.outlineWidth) - 0.5;
      let clipped = false;
      for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
        const ps = getComputedStyle(p), c = p.getBoundingClientRect();
        clipped ||= (ps.overflowX !== 'visible' || ps.overflowY !== 'visible') && (r.left - reach < c.left
          || r.right + reach > c.right || r.top - reach < c.top || r.bottom + reach > c.bottom);
      }
      const name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "' + (e.textContent || e.value || '').trim().slice(0, 30) + '"';
      return {name: name, style: s.outlineStyle, width: parseFloat(s.outlineWidth), contrast: contrast, clipped: clipped};""";

  private RunningCarepool app;
  private HeadlessChromium chromium;
  private WebDriver browser;
  private Path downloads;
  /** Every control focused so far whose focus cannot be seen, once each. */
  private final Set<String> unseenFocus = new LinkedHashSet<>();
  private final List<String> focused = new ArrayList<>();

  @BeforeAll
  void start() throws Exception {
    HeadlessChromium.requireInstalled("KeyboardBrowserTest");
    app = RunningCarepool.onDemo(DemoStores.Part.FINANCE);
    downloads = Files.createTempDirectory("carepool-downloads");
    chromium = HeadlessChromium.start(downloads, 900);
    browser = chromium.browser();
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  void stop() throws Exception {
    Teardown.inOrder(chromium, app);
  }

  @BeforeEach
  void signedOut() {
    browser.manage().deleteAllCookies();
    unseenFocus.clear();
    focused.clear();
  }

  @Test
  void a_viewer_chooses_a_report_downloads_it_and_sees_its_headline_with_the_keyboard_alone() throws Exception {
    signIn("viewer");
    tabTo("nav a[href='/reports']");
    shot("nav-focus");
    press(Keys.ENTER);
    waitFor(d -> d.getCurrentUrl().endsWith("/reports"));
    tabTo("#report");
    press(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
    assertEquals("board-pack", value("#report"), "three down from the first report is the board pack");
    assertFalse(browser.findElement(By.id("arrangement")).isDisplayed(), "a board pack asks for a board");
    press(Keys.ARROW_UP, Keys.ARROW_UP, Keys.ARROW_UP);
    assertEquals("income-expenditure", value("#report"));
    next("#arrangement");
    press(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
    assertEquals("ICES", value("#arrangement"));
    next("#month");
    assertEquals("2026-10", value("#month"), "choosing the arrangement brought its latest month");
    press("2026-09"); // Chromium selects a field's text when Tab brings focus to it: typing replaces it
    next("#format");
    press(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
    assertEquals("csv", value("#format"));
    next("#download");
    previous("#format");
    next("#download");
    press(Keys.ENTER);
    Path csv = downloads.resolve("income-expenditure-ICES-2026-09.csv");
    waitFor(d -> Files.exists(csv) && !Files.exists(downloads.resolve(csv.getFileName() + ".crdownload")));
    waitFor(d -> d.findElement(By.id("download-status")).getText().contains("is ready"));
    assertFocusOn("#download"); // held while the file was prepared, but never dropped to the page's start
    JsonNode pool = JSON.readTree(app.get("/api/arrangements/ICES/income-expenditure?month=2026-09", "viewer").body())
        .get("pool");
    String file = Files.readString(csv, StandardCharsets.UTF_8);
    assertTrue(file.contains(pool.get("contributions").asText()) && file.contains(pool.get("forecast").asText()), file);

    next("#show-headline");
    press(Keys.SPACE);
    waitFor(d -> !d.findElements(By.id("headline")).isEmpty());
    String headline = browser.findElement(By.cssSelector("section.headline")).getText();
    assertTrue(headline.startsWith("ICES: income and expenditure to September 2026"), headline);
    assertTrue(headline.contains("Contributions " + pounds(pool.get("contributions").asText())), headline);
    assertTrue(headline.contains("Forecast outturn " + pounds(pool.get("forecast").asText())), headline);
    shot("reports-headline");
    assertTrue(unseenFocus.isEmpty(), "focus not visible on: " + unseenFocus + "\nfocused: " + focused);
  }

  @Test
  void an_admin_creates_a_schedule_with_the_keyboard_alone() throws Exception {
    signIn("admin");
    tabTo("nav a[href='/schedules']");
    press(Keys.ENTER);
    waitFor(d -> d.getCurrentUrl().endsWith("/schedules"));
    tabTo("#id");
    press("kb-pack");
    next("#board");
    next("#enabled");
    next("input[name=reports][value=income-expenditure]");
    next("#position-income-expenditure");
    press(Keys.ARROW_DOWN);
    next("input[name=reports][value=performance]");
    next("#position-performance");
    press(Keys.ARROW_UP);
    next("input[name=reports][value=spend-mapping]");
    press(Keys.SPACE);
    next("#position-spend-mapping");
    next("#cron");
    press("0 30 8 ? * MON-FRI");
    next("#time_zone");
    next("#working_day");
    press(Keys.SPACE);
    next("#period");
    press(Keys.ARROW_DOWN);
    next("input[name=workbook]");
    press(Keys.SPACE);
    next("#recipients");
    press("board@example.org, chair@example.org");
    next("#meeting");
    press("Westshire HWB, public meeting");
    next("#meeting_date");
    tabTo("#author"); // a date field may take a Tab for each of its parts
    press("J Smith, Head of Pooled Finance");
    next("#misfire");
    press(Keys.ARROW_DOWN);
    shot("schedule-form");
    at(400);
    shot("schedule-form-400");
    at(1280);
    next(".schedule-form button[type=submit]");
    press(Keys.ENTER);
    waitFor(d -> !d.findElements(By.cssSelector("#schedule-kb-pack")).isEmpty());

    JsonNode made = JSON.readTree(app.get("/api/schedules/kb-pack", "admin").body());
    assertEquals("HWB", made.get("board").asText(), made.toString());
    assertEquals("[\"performance\",\"income-expenditure\"]", made.get("reports").toString(), made.toString());
    assertEquals("0 30 8 ? * MON-FRI", made.get("cron").asText(), made.toString());
    assertEquals("current-month", made.get("period").asText(), made.toString());
    assertEquals("[\"pdf\",\"xlsx\"]", made.get("formats").toString(), made.toString());
    assertEquals("[\"board@example.org\",\"chair@example.org\"]", made.get("recipients").toString(), made.toString());
    assertEquals("skip", made.get("misfire").asText(), made.toString());
    assertEquals("Westshire HWB, public meeting", made.get("meeting").asText(), made.toString());
    assertEquals("J Smith, Head of Pooled Finance", made.get("author").asText(), made.toString());
    assertTrue(made.toString().contains("\"next\""), "on the next working day: " + made);
    shot("schedule-saved");
    at(400);
    tabTo("#schedule-kb-pack button");
    shot("schedule-actions-400");
    at(1280);
    assertTrue(unseenFocus.isEmpty(), "focus not visible on: " + unseenFocus + "\nfocused: " + focused);
  }

  /** Signs in from the sign-in page's form: the user name field has the focus when the page opens. */
  private void signIn(String user) {
    browser.get(app.base() + "/sign-in");
    // autofocus takes effect in a frame after the page loads
    waitFor(d -> "username".equals(d.switchTo().activeElement().getAttribute("id")));
    press(user);
    next("#password");
    press(RunningCarepool.PASSWORD, Keys.ENTER);
    waitFor(d -> !d.getCurrentUrl().contains("/sign-in"));
  }

  /** Tab, and the focus must land on {@code css}: the form's order is the order it reads in. */
  private void next(String css) {
    press(Keys.TAB);
    assertFocusOn(css);
  }

  /** Shift+Tab, and the focus must land on {@code css}. */
  private void previous(String css) {
    new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    assertFocusOn(css);
  }

  /** Tabs until the focus is on {@code css}, through whatever comes before it on the page. */
  private void tabTo(String css) {
    for (int i = 0; i < 100; i++) {
      press(Keys.TAB);
      if (focusIsOn(css)) {
        return;
      }
    }
    fail("Tab never reached " + css + "; focused: " + focused);
  }

  private void assertFocusOn(String css) {
    if (!focusIsOn(css)) {
      fail("the focus is not on " + css + "; focused: " + focused);
    }
  }

  /** Whether the focused element is {@code css}; notes whether its focus can be seen. */
  private boolean focusIsOn(String css) {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    Map<?, ?> ring = (Map<?, ?>) js.executeScript(FOCUS_RING);
    String name = (String) ring.get("name");
    focused.add(name);
    double width = ((Number) ring.get("width")).doubleValue();
    double contrast = ((Number) ring.get("contrast")).doubleValue();
    boolean clipped = Boolean.TRUE.equals(ring.get("clipped"));
    if ("none".equals(ring.get("style")) || width < 2 || contrast < 3 || clipped) {
      unseenFocus.add(String.format("%s (outline %s %.0f px, contrast %.2f:1%s)", name, ring.get("style"), width, contrast,
          clipped ? ", cut off by a scrolling box" : ""));
    }
    return Boolean.TRUE.equals(js.executeScript("return document.activeElement.matches(arguments[0])", css));
  }

  private void press(CharSequence... keys) {
    new Actions(browser).sendKeys(keys).perform();
  }

  private String value(String css) {
    return browser.findElement(By.cssSelector(css)).getAttribute("value");
  }

  /** The page's way of showing an API amount: {@code 1234.50} as {@code £1,234.50}. */
  private static String pounds(String amount) {
    return "£" + new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK)).format(new BigDecimal(amount));
  }

  private void waitFor(Function<WebDriver, Boolean> condition) {
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition::apply);
  }

  private void at(int width) {
    ((HasCdp) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
  }

  private void shot(String name) throws IOException {
    chromium.fullPageShot(SHOTS.resolve("keyboard-" + name + ".png"), 6000);
  }
}
