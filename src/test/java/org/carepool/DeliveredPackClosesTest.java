package org.carepool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carepool.finance.FinancialYear;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SPEC §4.9: a delivered pack closes its month for each of its board's arrangements, and leaves a
 * month already closed by an analyst as it was. The pack reports the previous month (the schedule's
 * default), so the data set is written for whatever month that is when the test runs.
 */
class DeliveredPackClosesTest {
  @RegisterExtension
  static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());
  private static final ObjectMapper JSON = new ObjectMapper();

  private RunningCarepool app;

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void a_delivered_pack_closes_its_month_for_every_arrangement_of_its_board_once() throws Exception {
    YearMonth month = YearMonth.now(ZoneId.of("Europe/London")).minusMonths(1);
    app = new RunningCarepool(RunningCarepool.tempDir(), Map.of("CAREPOOL_SMTP_HOST", "localhost",
        "CAREPOOL_SMTP_PORT", Integer.toString(mail.getSmtp().getPort()))).load(board(month));
    assertEquals(201, app.send("POST", "/api/arrangements/P2/closes?month=" + month, "analyst", null).statusCode());
    assertEquals(201, app.send("POST", "/api/schedules", "admin", """
        {"id": "pb-monthly", "board": "PB", "reports": ["income-expenditure"], "cron": "0 0 7 7 * ?",
         "period": "previous-month", "formats": ["pdf"], "recipients": ["board@example.org"]}
        """).statusCode());
    assertEquals(202, app.send("POST", "/api/schedules/pb-monthly/run", "admin", "").statusCode());
    assertEquals("DELIVERED", awaitFinishedRun("pb-monthly").get("outcome").asText());

    assertEquals(List.of(month + " PACK schedule pb-monthly"), closes("P1"));
    assertEquals(List.of(month + " ANALYST analyst"), closes("P2"), "a month already closed is left alone");
  }

  private List<String> closes(String code) throws Exception {
    List<String> rows = new ArrayList<>();
    JSON.readTree(app.get("/api/arrangements/" + code + "/closes", "viewer").body()).get("closes")
        .forEach(c -> rows.add(c.get("month").asText() + " " + c.get("how").asText() + " " + c.get("closedBy").asText()));
    return rows;
  }

  private JsonNode awaitFinishedRun(String schedule) throws Exception {
    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline) {
      JsonNode runs = JSON.readTree(app.get("/api/schedules/" + schedule + "/runs", "viewer").body());
      String outcome = runs.size() > 0 ? runs.get(0).get("outcome").asText() : "";
      if (!outcome.isEmpty() && !outcome.equals("RUNNING") && !outcome.equals("SENDING")) {
        return runs.get(0);
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no finished run of " + schedule + " within two minutes");
  }

  /** Board PB with two pooled arrangements, each with one scheme and one month of spend in {@code month}. */
  private static Path board(YearMonth month) throws Exception {
    String year = FinancialYear.of(month).label();
    Path dir = Files.createTempDirectory("carepool-pb");
    Files.writeString(dir.resolve("organisations.csv"), "code,name,kind\nICB,Board ICB,NHS_COMMISSIONER\n"
        + "LA,Board council,LOCAL_AUTHORITY\n");
    Files.writeString(dir.resolve("boards.csv"), "code,name\nPB,Pack board\n");
    Files.writeString(dir.resolve("arrangements.csv"), "code,name,board,model,host,start_date,end_date,risk_share,"
        + "legal_basis\nP1,Pool one,PB,LEAD_BODY,LA,2020-04-01,,SHARES,s75\nP2,Pool two,PB,LEAD_BODY,ICB,2020-04-01,,"
        + "SHARES,s75\n");
    Files.writeString(dir.resolve("contributions.csv"), "arrangement,organisation,financial_year,amount\n"
        + "P1,ICB," + year + ",600000.00\nP1,LA," + year + ",400000.00\nP2,ICB," + year + ",500000.00\n");
    Files.writeString(dir.resolve("schemes.csv"), "arrangement,code,name,care_type,funder\n"
        + "P1,S1,Reablement,REABLEMENT,LA\nP2,S1,Home care,HOME_CARE,ICB\n");
    Files.writeString(dir.resolve("budgets.csv"), "arrangement,scheme,financial_year,amount\n"
        + "P1,S1," + year + ",1000000.00\nP2,S1," + year + ",500000.00\n");
    Files.writeString(dir.resolve("spend.csv"), "arrangement,scheme,month,amount,organisation,locality\n"
        + "P1,S1," + month + ",80000.00,LA,\nP2,S1," + month + ",40000.00,ICB,\n");
    return dir;
  }
}
