package org.carepool;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver named explicitly so that
 * Selenium never tries to download a browser; a fresh profile each time, downloads to a folder.
 */
final class HeadlessChromium implements AutoCloseable {
  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

  private final ChromeDriverService service;
  private final WebDriver browser;

  private HeadlessChromium(ChromeDriverService service, WebDriver browser) {
    this.service = service;
    this.browser = browser;
  }

  /** The system property with which a developer without Chromium may skip the browser tests locally. */
  static final String SKIP = "carepool.browserTests";

  /**
   * Fails the calling test where Chromium or chromedriver is missing, so that a build (in CI above
   * all) can never pass without the browser tests having run. Only {@code -Dcarepool.browserTests=skip}
   * turns that into a skip, for a developer's machine without a browser; CI never sets it.
   */
  static void requireInstalled(String test) {
    if (CHROMIUM.canExecute() && CHROMEDRIVER.canExecute()) {
      return;
    }
    String missing = test + ": /usr/bin/chromium or /usr/bin/chromedriver is absent"
        + " (apt-get install -y --no-install-recommends chromium chromium-driver)";
    if ("skip".equals(System.getProperty(SKIP))) {
      System.out.println(missing + "; skipped because -D" + SKIP + "=skip");
      Assumptions.abort(missing);
    }
    Assertions.fail(missing + "; to skip the browser tests on a machine without a browser, run with -D" + SKIP + "=skip");
  }

  /** The same as {@link #requireInstalled}: kept for the tests that call it by this name. */
  static void assumeInstalled(String test) {
    requireInstalled(test);
  }

  static HeadlessChromium start(Path downloads, int windowHeight) throws IOException {
    Path profile = Files.createTempDirectory("carepool-chromium");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1280," + windowHeight, "--user-data-dir=" + profile.toAbsolutePath());
    Map<String, Object> prefs = new HashMap<>();
    prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
    prefs.put("download.prompt_for_download", false);
    prefs.put("plugins.always_open_pdf_externally", true);
    options.setExperimentalOption("prefs", prefs);
    WebDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    return new HeadlessChromium(service, browser);
  }

  WebDriver browser() {
    return browser;
  }

  /** Signs in through the page's own form, as a new session, and waits until the page has moved on. */
  void signIn(String base, String user) {
    browser.manage().deleteAllCookies();
    browser.get(base + "/");
    submitSignIn(user);
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/sign-in"));
  }

  /** Fills the sign-in form on the page shown with the user's test password, and sends it. */
  void submitSignIn(String user) {
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(RunningCarepool.PASSWORD);
    browser.findElement(By.xpath("//button[text()='Sign in']")).click();
  }

  /** The window as it is, as a PNG file (replaced if there). */
  void shot(Path file) throws IOException {
    File taken = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(taken.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * The whole page as a PNG file, below the window too, at most {@code mostHeight} px tall, at the window's
   * (or the emulated) width.
   */
  void fullPageShot(Path file, int mostHeight) throws IOException {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    long width = (Long) js.executeScript("return window.innerWidth");
    long height = (Long) js.executeScript("return document.documentElement.scrollHeight");
    Map<String, Object> shot = ((HasCdp) browser).executeCdpCommand("Page.captureScreenshot", Map.of(
        "captureBeyondViewport", true,
        "clip", Map.of("x", 0, "y", 0, "width", width, "height", Math.min(height, mostHeight), "scale", 1)));
    Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
  }

  @Override
  public void close() {
    browser.quit();
    service.stop();
  }
}
