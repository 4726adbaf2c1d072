package org.carepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole application in real headless Chromium (Debian's chromium and chromium-driver), loaded
 * with the SPEC §4 worked example: sign-in through the form, the I&amp;E headline, real downloads read
 * back from disk, a bad upload explained line by line, and access by role. Fails where Chromium is
 * absent unless -Dcarepool.browserTests=skip. Screenshots go to target/screenshots/app-*.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppBrowserTest {
  /** A spend.csv with an unknown arrangement on line 3 and an over-precise amount on line 4. */
  static final String BAD_SPEND = """
      arrangement,scheme,month,amount,organisation,locality
      LB1,S1,2025-09,100.00,CCG,L1
      NOPE,S1,2025-09,100.00,CCG,L1
      LB1,S1,2025-09,12.345,CCG,L1
      """;
  private static final Path SHOTS = Path.of("target", "screenshots");
  private static final String FIGURES = "/api/arrangements/LB1/income-expenditure?month=2025-09";

  private RunningCarepool app;
  private HeadlessChromium chromium;
  private WebDriver browser;
  private Path downloads;

  @BeforeAll
  void start() throws IOException {
    HeadlessChromium.requireInstalled("AppBrowserTest");
    app = new RunningCarepool(RunningCarepool.tempDir()).load(RunningCarepool.resource("finance/lb1"));
    downloads = Files.createTempDirectory("carepool-downloads");
    chromium = HeadlessChromium.start(downloads, 900);
    browser = chromium.browser();
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  void stop() throws Exception {
    Teardown.inOrder(chromium, app);
  }

  @Test
  void a_viewer_sees_the_ie_headline_and_downloads_the_pdf_xlsx_and_csv_from_the_page() throws Exception {
    signIn("viewer");
    browser.findElement(By.linkText("Reports")).click();
    waitForUrl("/reports");
    new Select(browser.findElement(By.id("arrangement"))).selectByValue("LB1");
    WebElement month = browser.findElement(By.id("month"));
    assertEquals("2025-10", month.getAttribute("value"), "pre-filled with the latest month that has spend");
    month.clear();
    month.sendKeys("2025-09");
    browser.findElement(By.xpath("//button[text()='Show I&E headline']")).click();
    WebElement section = browser.findElement(By.id("headline")).findElement(By.xpath(".."));
    String headline = section.getText();
    assertTrue(headline.startsWith("LB1: income and expenditure to September 2025"), headline);
    assertTrue(headline.contains("Overspend (negative: underspend) £40,000.00"), headline);
    assertTrue(headline.contains("CCG £24,000.00") && headline.contains("LA £16,000.00"), headline);
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", section);
    shot("02-viewer-headline");
    browser.manage().window().setSize(new Dimension(400, 900));
    shot("02-viewer-headline-narrow");
    browser.manage().window().setSize(new Dimension(1280, 900));

    try (var pdf = Loader.loadPDF(download("pdf", "income-expenditure-LB1-2025-09.pdf"))) {
      String text = new PDFTextStripper().getText(pdf);
      // the page's PDF is the board's, in £000s: the cost split's 312,000.00 shows as 312
      assertTrue(text.contains("(£000)") && text.contains(" 312") && text.contains("Month 6 (September 2025)"), text);
    }
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download("xlsx", "income-expenditure-LB1-2025-09.xlsx")))) {
      boolean found = false;
      for (var row : workbook.getSheetAt(0)) {
        for (var cell : row) {
          found |= cell.getCellType() == CellType.NUMERIC && cell.getNumericCellValue() == 312000.00;
        }
      }
      assertTrue(found, "no numeric cell holding 312,000.00 in the downloaded XLSX");
    }
    String csv = new String(download("csv", "income-expenditure-LB1-2025-09.csv"), StandardCharsets.UTF_8);
    assertTrue(csv.contains("312000.00") && csv.contains("S1,"), csv);
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("download-status")).getText()
        .equals("Income and expenditure (CSV) is ready: see your browser's downloads."));

    new Select(browser.findElement(By.id("report"))).selectByValue("board-pack");
    Select formats = new Select(browser.findElement(By.id("format")));
    assertEquals("pdf", formats.getFirstSelectedOption().getAttribute("value"), "a board pack comes as PDF first");
    assertEquals(List.of("pdf", "xlsx"), formats.getOptions().stream().filter(WebElement::isEnabled)
        .map(o -> o.getAttribute("value")).toList(), "a board pack comes as the PDF or its XLSX workbook, not CSV");
    assertFalse(browser.findElement(By.id("arrangement")).isDisplayed(), "a board report asks for a board, not an arrangement");
    assertTrue(browser.findElement(By.id("board")).isDisplayed());
    shot("02-viewer-board-pack-formats");
    signOut();
  }

  @Test
  void an_analyst_uploads_a_bad_csv_sees_every_problem_by_line_and_nothing_is_written() throws IOException {
    String before = app.get(FIGURES, "viewer").body();
    Path csv = Files.createTempDirectory("carepool-upload").resolve("spend.csv");
    Files.writeString(csv, BAD_SPEND);
    signIn("analyst");
    browser.findElement(By.linkText("Data")).click();
    waitForUrl("/data");
    browser.findElement(By.id("files")).sendKeys(csv.toAbsolutePath().toString());
    browser.findElement(By.xpath("//button[text()='Load files']")).click();
    String problems = browser.findElement(By.id("problems")).getText();
    assertTrue(problems.contains("spend.csv 3 arrangement NOPE"), problems);
    assertTrue(problems.contains("spend.csv 4 amount 12.345"), problems);
    assertTrue(browser.findElement(By.cssSelector(".error")).getText().contains("Nothing was loaded: 2 problems"));
    shot("03-analyst-upload-problems");
    browser.manage().window().setSize(new Dimension(400, 900));
    WebElement reason = browser.findElement(By.cssSelector("#problems td[data-label='Reason']"));
    assertTrue(reason.getSize().getWidth() > 300, "at 400 px each problem is a block and its reason gets the width: "
        + reason.getSize().getWidth() + " px");
    shot("03-analyst-upload-problems-narrow");
    browser.manage().window().setSize(new Dimension(1280, 900));
    assertEquals(before, app.get(FIGURES, "viewer").body(), "a rejected upload changed the figures");
    signOut();
  }

  @Test
  void an_admin_creates_a_viewer_who_cannot_reach_the_data_page() throws IOException {
    signIn("admin");
    browser.findElement(By.linkText("Users")).click();
    waitForUrl("/users");
    browser.findElement(By.id("new-username")).sendKeys("carol");
    new Select(browser.findElement(By.id("new-role"))).selectByValue("VIEWER");
    browser.findElement(By.id("new-password")).sendKeys("carol-password");
    browser.findElement(By.xpath("//button[text()='Create user']")).click();
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> d.findElement(By.cssSelector(".message")).getText().contains("User created"));
    assertTrue(browser.findElement(By.xpath("//th[text()='carol']")).isDisplayed());
    shot("04-admin-user-created");
    browser.findElement(By.xpath("//button[text()='Disable carol']")).click();
    Alert confirm = new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
    assertEquals("Disable carol? They are signed out at once.", confirm.getText());
    confirm.dismiss();
    assertTrue(browser.findElement(By.xpath("//th[text()='carol']/following-sibling::td[2]")).getText().equals("enabled"),
        "dismissing the question changes nothing");
    signOut();

    signIn("carol", "carol-password");
    assertFalse(browser.findElement(By.cssSelector("nav")).getText().contains("Data"));
    browser.get(app.base() + "/data");
    assertEquals("Not allowed", browser.findElement(By.tagName("h1")).getText());
    shot("05-viewer-refused-data");
    browser.findElement(By.cssSelector(".brand")).click();
    signOut();
  }

  /** Picks the format on the Reports page, clicks Download, and reads the file Chromium saved. */
  private byte[] download(String format, String fileName) throws Exception {
    new Select(browser.findElement(By.id("format"))).selectByValue(format);
    // The page's script holds the button while a file is being prepared.
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> d.findElement(By.id("download")).getAttribute("aria-disabled") == null);
    browser.findElement(By.xpath("//button[text()='Download']")).click();
    Path file = downloads.resolve(fileName);
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> Files.exists(file) && !Files.exists(downloads.resolve(fileName + ".crdownload")));
    byte[] bytes = Files.readAllBytes(file);
    if (format.equals("pdf")) {
      assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
    }
    return bytes;
  }

  private void signIn(String name) throws IOException {
    signIn(name, RunningCarepool.PASSWORD);
  }

  private void signIn(String name, String password) throws IOException {
    browser.manage().deleteAllCookies();
    browser.get(app.base() + "/");
    assertTrue(browser.getCurrentUrl().contains("/sign-in"), browser.getCurrentUrl());
    browser.findElement(By.id("username")).sendKeys(name);
    browser.findElement(By.id("password")).sendKeys(password);
    shot("01-sign-in");
    browser.findElement(By.xpath("//button[text()='Sign in']")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/sign-in"));
  }

  private void signOut() {
    browser.findElement(By.xpath("//button[text()='Sign out']")).click();
    waitForUrl("/sign-in");
  }

  private void waitForUrl(String ending) {
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith(ending));
  }

  private void shot(String name) throws IOException {
    File file = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(file.toPath(), SHOTS.resolve("app-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
