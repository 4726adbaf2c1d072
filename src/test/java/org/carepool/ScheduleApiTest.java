package org.carepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.carepool.web.Client;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An administrator manages a schedule through the API of the whole running application: create,
 * pause, resume, run now (real Quartz, real JasperReports, a real SMTP server in-process), read
 * the run history, download the archived pack, delete; every step is in the audit log; a failed
 * delivery shows as failed; a pack over the attachment limit reaches the board as a working link.
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

  private RunningCarepool start(Map<String, String> settings) {
    Map<String, String> env = new HashMap<>(Map.of("CAREPOOL_SMTP_HOST", "localhost",
        "CAREPOOL_SMTP_PORT", Integer.toString(mail.getSmtp().getPort()), "CAREPOOL_MAIL_ATTEMPTS", "2"));
    env.putAll(settings);
    app = new RunningCarepool(RunningCarepool.tempDir(), env).load(RunningCarepool.resource("finance/lb1"));
    return app;
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void an_admin_creates_pauses_runs_and_deletes_a_schedule_the_board_gets_one_pack_and_all_is_audited() throws Exception {
    start(Map.of());
    HttpResponse<String> created = app.send("POST", "/api/schedules", "admin", SCHEDULE);
    assertEquals(201, created.statusCode(), created.body());
    assertEquals(403, app.send("POST", "/api/schedules", "analyst", SCHEDULE).statusCode());
    HttpResponse<String> again = app.send("POST", "/api/schedules", "admin", SCHEDULE);
    assertEquals(409, again.statusCode(), "POST of an existing id replaced it: " + again.body());
    assertTrue(app.get("/api/schedules", "viewer").body().contains("jb-monthly"));

    assertEquals(200, app.send("POST", "/api/schedules/jb-monthly/pause", "admin", "").statusCode());
    assertEquals(200, app.send("POST", "/api/schedules/jb-monthly/resume", "admin", "").statusCode());
    assertEquals(202, app.send("POST", "/api/schedules/jb-monthly/run", "admin", "").statusCode());

    JsonNode run = awaitFinishedRun("jb-monthly");
    // the worked example holds 2025-26 figures only: last month's I&E cannot be produced, and the run says so
    assertEquals("INCOMPLETE", run.get("outcome").asText(), run.toString());
    assertTrue(run.get("missingSections").get(0).asText().startsWith("Income and expenditure, LB1"), run.toString());
    assertEquals(1, mail.getReceivedMessages().length, "one pack, one recipient");
    JsonNode listed = JSON.readTree(app.get("/api/schedules/jb-monthly", "viewer").body());
    assertEquals(run.get("id").asLong(), listed.get("lastRun").get("id").asLong());

    HttpResponse<byte[]> pack = app.getBytes("/api/packs/" + run.get("id").asLong(), "viewer");
    assertEquals(200, pack.statusCode());
    try (var pdf = Loader.loadPDF(pack.body())) {
      assertTrue(new PDFTextStripper().getText(pdf).contains("Worked example pooled budget"));
    }

    assertEquals(204, app.send("DELETE", "/api/schedules/jb-monthly", "admin", "").statusCode());
    assertEquals(404, app.get("/api/schedules/jb-monthly", "viewer").statusCode());
    JsonNode history = JSON.readTree(app.get("/api/schedules/jb-monthly/runs", "viewer").body());
    assertEquals(1, history.size(), "the runs of a deleted schedule stay readable");
    assertEquals(List.of("SCHEDULE_DELETED", "PACK_DOWNLOADED", "SCHEDULE_RUN_REQUESTED", "SCHEDULE_RESUMED",
        "SCHEDULE_PAUSED", "SCHEDULE_CREATED"), scheduleAudit());
  }

  @Test
  void a_schedule_with_a_bad_cron_an_unknown_report_and_an_unknown_board_is_refused_with_every_problem() throws Exception {
    start(Map.of());
    HttpResponse<String> refused = app.send("POST", "/api/schedules", "admin",
        "{\"id\": \"bad\", \"board\": \"NOPE\", \"reports\": [\"nonsense\"], \"cron\": \"every day\"}");
    assertEquals(422, refused.statusCode(), refused.body());
    String problems = JSON.readTree(refused.body()).get("problems").toString();
    for (String key : List.of("cron", "reports", "board", "recipients")) {
      assertTrue(problems.contains("schedule: " + key + ":"), key + " not in " + problems);
    }
    HttpResponse<String> never = app.send("POST", "/api/schedules", "admin", SCHEDULE.replace("0 0 7 7 * ?", "0 0 7 30 2 ?"));
    assertEquals(422, never.statusCode(), never.body());
    assertTrue(never.body().contains("never fires"), never.body());
    assertEquals("[]", app.get("/api/schedules", "viewer").body(), "a refused schedule was stored");
  }

  @Test
  void the_cron_preview_answers_400_with_a_reason_for_an_unknown_zone_and_a_cron_that_never_fires() throws Exception {
    start(Map.of());
    HttpResponse<String> zone = app.get("/api/schedules/cron-preview?cron=0+0+7+*+*+%3F&tz=Mars/Olympus", "admin");
    assertEquals(400, zone.statusCode(), zone.body());
    assertTrue(zone.body().contains("tz: unknown time zone"), zone.body());
    HttpResponse<String> never = app.get("/api/schedules/cron-preview?cron=0+0+0+30+2+%3F", "admin");
    assertEquals(400, never.statusCode(), never.body());
    assertTrue(never.body().contains("never fires"), never.body());
    JsonNode ok = JSON.readTree(app.get("/api/schedules/cron-preview?cron=0+0+7+25+12+%3F&working_day=next", "admin").body());
    assertEquals(5, ok.get("fires").size());
    assertTrue(ok.get("warnings").get(0).asText().contains("CAREPOOL_BANK_HOLIDAYS"), ok.toString());
  }

  @Test
  void a_delivery_that_finally_fails_is_recorded_as_failed_not_delivered() throws Exception {
    start(Map.of("CAREPOOL_MAIL_ATTEMPTS", "1"));
    app.send("POST", "/api/schedules", "admin", SCHEDULE);
    mail.stop();
    assertEquals(202, app.send("POST", "/api/schedules/jb-monthly/run", "admin", "").statusCode());
    JsonNode run = awaitFinishedRun("jb-monthly");
    assertEquals("FAILED", run.get("outcome").asText(), run.toString());
    assertEquals(1, run.get("attempts").asInt(), run.toString());
    assertTrue(run.get("error").asText().contains("refused or unreachable"), run.toString());
    assertTrue(homePage("admin").contains("1 pack run needs attention"), "the admin's home page says so");
    assertFalse(homePage("viewer").contains("needs attention"), "a viewer cannot act on it");
    mail.start();
  }

  private String homePage(String user) {
    Client client = new Client(app.base());
    assertEquals(303, client.signIn(user, RunningCarepool.PASSWORD).statusCode());
    return client.get("/").body();
  }

  @Test
  void a_pack_over_the_attachment_limit_reaches_the_board_as_a_link_that_works_without_signing_in() throws Exception {
    start(Map.of("CAREPOOL_ATTACH_LIMIT_MB", "0"));
    app.send("POST", "/api/schedules", "admin", SCHEDULE);
    app.send("POST", "/api/schedules/jb-monthly/run", "admin", "");
    JsonNode run = awaitFinishedRun("jb-monthly");
    assertTrue(mail.waitForIncomingEmail(10_000, 1));
    String body = GreenMailUtil.getBody(mail.getReceivedMessages()[0]);
    // CAREPOOL_PUBLIC_URL is left at its default here: the link names port 7070, the test server's port is random
    Matcher link = Pattern.compile("http://localhost:7070(/packs/link/[A-Za-z0-9_-]+)").matcher(body);
    assertTrue(link.find(), "no link to the archive in:\n" + body);
    HttpResponse<byte[]> download = app.getBytes(link.group(1), null);
    assertEquals(200, download.statusCode());
    assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));
    assertEquals(run.get("packSize").asLong(), download.body().length);
    assertEquals(404, app.getBytes("/packs/link/not-a-token", null).statusCode());
    assertTrue(scheduleAudit().contains("PACK_DOWNLOADED"));
  }

  @Test
  void serve_with_an_invalid_schedule_file_prints_each_problem_on_a_line_of_its_own_and_exits_1() throws Exception {
    Path data = RunningCarepool.tempDir();
    Path folder = Files.createDirectories(data.resolve("schedules"));
    Files.writeString(folder.resolve("never.yaml"), String.join("\n", "board: HWB", "reports: [income-expenditure]",
        "cron: \"0 0 7 30 2 ?\"", "recipients: [a@b.example]", ""));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new Commands(Map.of("CAREPOOL_DATA", data.toString(), "CAREPOOL_SCHEDULES", folder.toString(),
        "CAREPOOL_PORT", "0"), InputStream.nullInputStream(), new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(new String[] {"serve"});
    assertEquals(1, status);
    assertEquals(List.of("carepool: the schedules cannot be loaded (1 problem(s)):",
        "  " + folder.resolve("never.yaml") + ": cron: '0 0 7 30 2 ?' never fires (no fire time after now)"),
        err.toString(StandardCharsets.UTF_8).lines().toList());
  }

  @Test
  void the_shipped_schedule_file_naming_a_board_not_in_the_store_is_set_aside_and_the_server_starts() throws Exception {
    start(Map.of("CAREPOOL_SCHEDULES", Path.of("schedules").toAbsolutePath().toString()));
    assertTrue(Files.isRegularFile(Path.of("schedules/hwb-monthly.yaml")), "the shipped file this test is about");
    assertFalse(app.get("/api/schedules", "admin").body().contains("hwb-monthly"));
    Client admin = new Client(app.base());
    admin.signIn("admin", RunningCarepool.PASSWORD);
    String schedulesPage = admin.get("/schedules").body();
    assertTrue(schedulesPage.contains("Schedule hwb-monthly cannot run: ") && schedulesPage.contains(
        "hwb-monthly.yaml: board: unknown board &#39;HWB&#39;: load it into the store (carepool import) and restart"),
        schedulesPage);
    assertTrue(admin.get("/").body().contains("1 schedule cannot run"));
    assertEquals(409, app.send("DELETE", "/api/schedules/hwb-monthly", "admin", "").statusCode(),
        "a file's schedule is not deleted through the API, even when set aside");
    HttpResponse<String> taken = app.send("POST", "/api/schedules", "admin", SCHEDULE.replace("jb-monthly", "hwb-monthly"));
    assertEquals(409, taken.statusCode(), taken.body());
  }

  private List<String> scheduleAudit() throws Exception {
    List<String> actions = new ArrayList<>();
    for (JsonNode e : JSON.readTree(app.get("/api/audit", "admin").body()).get("events")) {
      String action = e.get("action").asText();
      if (action.startsWith("SCHEDULE_") || action.startsWith("PACK_")) {
        actions.add(action);
      }
    }
    return actions;
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
}
