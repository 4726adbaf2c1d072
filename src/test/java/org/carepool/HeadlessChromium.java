package org.carepool;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

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

  /** Skips the calling test (saying why) where Chromium is not installed. */
  static void assumeInstalled(String test) {
    Assumptions.assumeTrue(CHROMIUM.canExecute(), () -> {
      String why = test + " skipped: /usr/bin/chromium is absent"
          + " (apt-get install -y --no-install-recommends chromium chromium-driver)";
      System.out.println(why);
      return why;
    });
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

  @Override
  public void close() {
    browser.quit();
    service.stop();
  }
}
