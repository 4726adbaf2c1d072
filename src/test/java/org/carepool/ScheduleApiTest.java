package org.carepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An administrator manages a schedule through the API of the whole running application: create,
 * pause, resume, run now (real Quartz, real JasperReports, a real SMTP server in-process), read
 * the run history, download the archived pack, delete; and a failed delivery shows as failed.
 */
class ScheduleApiTest {
  @RegisterExtension
  static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SCHEDULE = """
      {"id": "jb-monthly", "board": "JB", "reports": ["income-expenditure"], "cron": "0 0 7 7 * ?",
       "period": "previous-month", "formats": ["pdf"], "recipients": ["board@example.org"]}
      """;

  private RunningCarepool app;

  @BeforeEach
  void start() {
    app = new RunningCarepool(RunningCarepool.tempDir(), Map.of(
        "CAREPOOL_SMTP_HOST", "localhost",
        "CAREPOOL_SMTP_PORT", Integer.toString(mail.getSmtp().getPort()),
        "CAREPOOL_MAIL_ATTEMPTS", "2")).load(RunningCarepool.resource("finance/lb1"));
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void an_admin_creates_pauses_runs_and_deletes_a_schedule_and_the_board_gets_one_pack() throws Exception {
    HttpResponse<String> created = app.send("POST", "/api/schedules", "admin", SCHEDULE);
    assertEquals(201, created.statusCode(), created.body());
    assertEquals(403, app.send("POST", "/api/schedules", "analyst", SCHEDULE).statusCode());
    assertTrue(app.get("/api/schedules", "viewer").body().contains("jb-monthly"));

    assertEquals(200, app.send("POST", "/api/schedules/jb-monthly/pause", "admin", "").statusCode());
    assertEquals(200, app.send("POST", "/api/schedules/jb-monthly/resume", "admin", "").statusCode());
    assertEquals(202, app.send("POST", "/api/schedules/jb-monthly/run", "admin", "").statusCode());

    JsonNode run = awaitFinishedRun("jb-monthly");
    assertEquals("DELIVERED", run.get("outcome").asText(), run.toString());
    assertEquals(1, mail.getReceivedMessages().length, "one pack, one recipient");

    HttpResponse<byte[]> pack = app.getBytes("/api/packs/" + run.get("id").asLong(), "viewer");
    assertEquals(200, pack.statusCode());
    try (var pdf = Loader.loadPDF(pack.body())) {
      assertTrue(new PDFTextStripper().getText(pdf).contains("Worked example pooled budget"));
    }

    assertEquals(204, app.send("DELETE", "/api/schedules/jb-monthly", "admin", "").statusCode());
    assertEquals(404, app.get("/api/schedules/jb-monthly", "viewer").statusCode());
  }

  @Test
  void a_schedule_with_a_bad_cron_and_an_unknown_report_is_refused_with_every_problem() throws Exception {
    HttpResponse<String> refused = app.send("POST", "/api/schedules", "admin",
        "{\"id\": \"bad\", \"board\": \"JB\", \"reports\": [\"nonsense\"], \"cron\": \"every day\"}");
    assertEquals(422, refused.statusCode(), refused.body());
    String problems = JSON.readTree(refused.body()).get("problems").toString();
    assertTrue(problems.contains("cron"), problems);
    assertTrue(problems.contains("reports"), problems);
  }

  @Test
  void a_delivery_that_finally_fails_is_recorded_as_failed_not_delivered() throws Exception {
    app.send("POST", "/api/schedules", "admin", SCHEDULE);
    mail.stop();
    assertEquals(202, app.send("POST", "/api/schedules/jb-monthly/run", "admin", "").statusCode());
    JsonNode run = awaitFinishedRun("jb-monthly");
    assertEquals("FAILED", run.get("outcome").asText(), run.toString());
    assertTrue(run.get("error").asText().length() > 0, run.toString());
    mail.start();
  }

  private JsonNode awaitFinishedRun(String schedule) throws Exception {
    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline) {
      JsonNode runs = JSON.readTree(app.get("/api/schedules/" + schedule + "/runs", "viewer").body());
      if (runs.size() > 0 && !"RUNNING".equals(runs.get(0).get("outcome").asText())) {
        return runs.get(0);
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no finished run of " + schedule + " within two minutes");
  }
}
