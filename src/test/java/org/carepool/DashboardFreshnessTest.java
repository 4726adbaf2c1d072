package org.carepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The freshness panel: LB1's fixture has CCG's spend to October and LA's to September; with LA's
 * September rows taken out, LA is two months behind and must say so in words.
 */
class DashboardFreshnessTest {

  @Test
  void a_partner_two_months_behind_is_flagged_in_words() throws IOException {
    Path dir = RunningCarepool.tempDir();
    Path lb1 = copyOfLb1(dir.resolve("lb1"));
    List<String> spend = Files.readAllLines(lb1.resolve("spend.csv")).stream()
        .filter(line -> !(line.contains(",2025-09,") && line.contains(",LA,"))).toList();
    Files.write(lb1.resolve("spend.csv"), spend);
    try (RunningCarepool app = new RunningCarepool(dir).load(lb1)) {
      String page = DashboardDemoTest.homeOf(app);
      String la = row(page, "LA");
      assertTrue(la.contains("class=\"behind\""), la);
      assertTrue(la.contains("August 2025"), la);
      assertTrue(la.contains("Behind: 2 months behind the latest"), la);
      String ccg = row(page, "CCG");
      assertTrue(ccg.contains("October 2025") && ccg.contains("Up to date"), ccg);
      assertTrue(page.contains("id=\"partners-behind\""), "the panel says some partners are behind");
    }
  }

  @Test
  void partners_level_with_each_other_are_not_flagged() throws IOException {
    Path dir = RunningCarepool.tempDir();
    Path lb1 = copyOfLb1(dir.resolve("lb1"));
    List<String> spend = Files.readAllLines(lb1.resolve("spend.csv")).stream()
        .filter(line -> !line.contains(",2025-10,")).toList();
    Files.write(lb1.resolve("spend.csv"), spend);
    try (RunningCarepool app = new RunningCarepool(dir).load(lb1)) {
      String page = DashboardDemoTest.homeOf(app);
      assertTrue(page.contains("id=\"partners-level\""), page);
      assertTrue(page.contains("Next pack: none scheduled") && page.contains("Last delivered pack: none yet"), page);
      assertEquals(201, app.send("POST", "/api/schedules", "admin", """
          {"id": "jb-dash", "board": "JB", "reports": ["income-expenditure"], "cron": "0 0 7 7 * ?",
           "period": "previous-month", "formats": ["pdf"], "recipients": ["board@example.org"]}
          """).statusCode());
      assertTrue(DashboardDemoTest.homeOf(app).contains("Next pack: <a href=\"/schedules/jb-dash/runs\">"),
          "the board's next pack links to its schedule");
      assertTrue(row(page, "LA").contains("Up to date") && row(page, "CCG").contains("Up to date"));
    }
  }

  /**
   * The home page keeps its cards between views until the figures change: a load, a close and a reopen
   * each show on the next view, without a restart.
   */
  @Test
  void the_cards_follow_every_load_close_and_reopen() throws IOException {
    Path dir = RunningCarepool.tempDir();
    Path lb1 = copyOfLb1(dir.resolve("lb1"));
    List<String> fullSpend = Files.readAllLines(lb1.resolve("spend.csv"));
    Files.write(lb1.resolve("spend.csv"), fullSpend.stream()
        .filter(line -> !(line.contains(",2025-09,") && line.contains(",LA,"))).toList());
    try (RunningCarepool app = new RunningCarepool(dir).load(lb1)) {
      String first = DashboardDemoTest.homeOf(app);
      assertEquals(withoutCsrf(first), withoutCsrf(DashboardDemoTest.homeOf(app)), "nothing changed, so the same page");
      assertTrue(row(first, "LA").contains("Behind: 2 months behind the latest"), row(first, "LA"));

      Path spendOnly = Files.createDirectories(dir.resolve("spend-again"));
      Files.write(spendOnly.resolve("spend.csv"), fullSpend);
      app.load(spendOnly);
      String loaded = DashboardDemoTest.homeOf(app);
      assertTrue(row(loaded, "LA").contains("Behind: 1 month behind the latest"), row(loaded, "LA"));
      assertTrue(movement(loaded).contains("data-value=\"\""), "no month closed yet: " + movement(loaded));

      assertEquals(201, app.send("POST", "/api/arrangements/LB1/closes?month=2025-09", "analyst", null).statusCode());
      String closed = DashboardDemoTest.homeOf(app);
      assertFalse(movement(closed).contains("data-value=\"\""), "a close gives a movement: " + movement(closed));

      assertEquals(200, app.send("POST", "/api/arrangements/LB1/closes/2025-09/reopen?reason=late+invoices",
          "admin", null).statusCode());
      assertTrue(movement(DashboardDemoTest.homeOf(app)).contains("data-value=\"\""), "reopened: no close in force");
    }
  }

  /** Each view signs in afresh, so each page carries its own session's form token. */
  private static String withoutCsrf(String page) {
    return page.replaceAll("name=\"csrf\" value=\"[^\"]*\"", "");
  }

  private static String movement(String page) {
    int card = page.indexOf("id=\"card-LB1\"");
    int start = page.indexOf("data-figure=\"movement\"", card);
    return page.substring(start, page.indexOf("</p>", start));
  }

  /** A card that cannot be worked out (no contributions for the year) says why; the rest of the page still shows. */
  @Test
  void an_arrangement_without_contributions_says_why_on_its_card() throws IOException {
    Path dir = RunningCarepool.tempDir();
    Path lb1 = copyOfLb1(dir.resolve("lb1"));
    Files.write(lb1.resolve("contributions.csv"), List.of(Files.readAllLines(lb1.resolve("contributions.csv")).get(0)));
    try (RunningCarepool app = new RunningCarepool(dir).load(lb1)) {
      String page = DashboardDemoTest.homeOf(app);
      int start = page.indexOf("id=\"card-LB1\"");
      String card = page.substring(start, page.indexOf("</li>", start));
      assertTrue(card.contains("class=\"problem\"") && !card.contains("data-figure"), card);
      assertTrue(row(page, "LA").contains("Behind: 1 month behind the latest"), "freshness still shown");
    }
  }

  private static String row(String page, String partner) {
    int start = page.indexOf("data-partner=\"" + partner + "\"");
    assertTrue(start >= 0, "a freshness row for " + partner);
    int rowStart = page.lastIndexOf("<tr", start);
    return page.substring(rowStart, page.indexOf("</tr>", start));
  }

  private static Path copyOfLb1(Path to) throws IOException {
    Files.createDirectories(to);
    Path from = RunningCarepool.resource("finance/lb1");
    try (var files = Files.list(from)) {
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    }
    return to;
  }
}
