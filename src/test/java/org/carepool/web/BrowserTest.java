package org.carepool.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in real headless Chromium (Debian's chromium and chromium-driver). Skipped, saying
 * why, only when /usr/bin/chromium is absent. Screenshots go to target/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target", "screenshots");

  private WebFixture fixture;
  private ChromeDriverService service;
  private WebDriver browser;
  private Path profile;

  @BeforeAll
  void start() throws IOException {
    Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(), () -> {
      String why = "BrowserTest skipped: /usr/bin/chromium or /usr/bin/chromedriver is absent "
          + "(apt-get install -y --no-install-recommends chromium chromium-driver)";
      System.out.println(why);
      return why;
    });
    fixture = new WebFixture();
    profile = Files.createTempDirectory("carepool-chromium");
    service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,900",
        "--user-data-dir=" + profile.toAbsolutePath());
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (service != null) {
      service.stop();
    }
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void an_admin_signs_in_sees_the_home_page_and_creates_a_user_who_as_a_viewer_cannot_reach_the_data_page() throws IOException {
    signIn("admin", "admin-password");
    assertEquals("carepool — carepool", browser.getTitle());
    assertTrue(browser.findElement(By.cssSelector("nav")).getText().contains("Users"));
    shot("01-admin-home");

    browser.get(fixture.base() + "/users");
    waitForUrl("/users");
    browser.findElement(By.id("new-username")).sendKeys("carol");
    new Select(browser.findElement(By.id("new-role"))).selectByValue("VIEWER");
    browser.findElement(By.id("new-password")).sendKeys("carol-password");
    browser.findElement(By.xpath("//button[text()='Create user']")).click();
    assertTrue(browser.findElement(By.cssSelector(".message")).getText().contains("User created"));
    assertTrue(browser.findElement(By.xpath("//th[text()='carol']")).isDisplayed());
    shot("02-user-created");
    browser.findElement(By.xpath("//button[text()='Sign out']")).click();
    waitForUrl("/sign-in");

    signIn("carol", "carol-password");
    assertTrue(!browser.findElement(By.cssSelector("nav")).getText().contains("Data"));
    browser.get(fixture.base() + "/data");
    assertEquals("Not allowed", browser.findElement(By.tagName("h1")).getText());
    shot("03-viewer-refused-data");
    browser.findElement(By.cssSelector(".brand")).click();
    browser.findElement(By.xpath("//button[text()='Sign out']")).click();
    waitForUrl("/sign-in");
  }

  @Test
  void an_analyst_uploads_a_bad_csv_and_sees_every_problem_by_line() throws IOException {
    Path csv = Files.createTempDirectory("carepool-upload").resolve("spend.csv");
    Files.writeString(csv, "arrangement,scheme,month,amount,organisation,locality\nbad,S1,2025-09,1.00,CCG,\n");
    signIn("analyst", "analyst-password");
    browser.get(fixture.base() + "/data");
    browser.findElement(By.id("files")).sendKeys(csv.toAbsolutePath().toString());
    browser.findElement(By.xpath("//button[text()='Load files']")).click();
    String problems = browser.findElement(By.id("problems")).getText();
    assertTrue(problems.contains("spend.csv 17 arrangement BCF-25 unknown arrangement 'BCF-25'"), problems);
    assertTrue(problems.contains("18"), problems);
    shot("04-upload-problems");
    browser.findElement(By.xpath("//button[text()='Sign out']")).click();
    waitForUrl("/sign-in");
  }

  private void signIn(String name, String password) {
    browser.get(fixture.base() + "/");
    assertTrue(browser.getCurrentUrl().contains("/sign-in"), browser.getCurrentUrl());
    browser.findElement(By.id("username")).sendKeys(name);
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.xpath("//button[text()='Sign in']")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/sign-in"));
  }

  private void waitForUrl(String ending) {
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith(ending));
  }

  private void shot(String name) throws IOException {
    File file = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(file.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
