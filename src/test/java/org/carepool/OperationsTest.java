package org.carepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /metrics} and {@code /health/ready} of the whole running application, over real HTTP. */
class OperationsTest {
  @RegisterExtension
  static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "scrape-token-0123456789abcdef";
  private RunningCarepool app;

  private RunningCarepool start(Map<String, String> settings) {
    Map<String, String> env = new HashMap<>(Map.of("CAREPOOL_SMTP_HOST", "localhost",
        "CAREPOOL_SMTP_PORT", Integer.toString(mail.getSmtp().getPort()), "CAREPOOL_METRICS_TOKEN", TOKEN));
    env.putAll(settings);
    app = new RunningCarepool(RunningCarepool.tempDir(), env);
    return app;
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void metrics_open_to_the_bearer_token_or_an_admin_and_to_nobody_else() {
    start(Map.of());
    assertEquals(401, app.getWith("/metrics").statusCode());
    assertEquals(401, app.getWith("/metrics", "Authorization", "Bearer wrong-token-0123456789").statusCode());
    assertEquals(403, app.get("/metrics", "viewer").statusCode());
    assertEquals(200, app.get("/metrics", "admin").statusCode());
    HttpResponse<String> scraped = app.getWith("/metrics", "Authorization", "Bearer " + TOKEN);
    assertEquals(200, scraped.statusCode());
    assertTrue(scraped.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
    assertTrue(scraped.body().contains("jvm_memory_used_bytes{"), "no JVM memory in:\n" + scraped.body());
    assertTrue(scraped.body().contains("jvm_gc_"), "no GC metrics");
  }

  @Test
  void requests_are_timed_by_route_template_and_renders_and_imports_are_measured() {
    start(Map.of()).loadAudited(RunningCarepool.resource("finance/lb1"));
    for (String month : List.of("2025-09", "2025-10")) {
      assertEquals(200, app.get("/api/arrangements/LB1/income-expenditure?month=" + month, "viewer").statusCode());
    }
    assertEquals(200, app.getBytes("/api/reports/income-expenditure?arrangement=LB1&month=2025-09&format=pdf", "viewer")
        .statusCode());
    String metrics = scrape();
    assertEquals(2.0, value(metrics, "carepool_http_requests_seconds_count", "method=\"GET\"",
        "route=\"/api/arrangements/{code}/income-expenditure\"", "status=\"200\""),
        () -> metrics.lines().filter(l -> l.startsWith("carepool_http")).toList().toString());
    assertTrue(!metrics.contains("route=\"/api/arrangements/LB1"), "a raw path became a series");
    assertEquals(1.0, value(metrics, "carepool_report_render_seconds_count", "format=\"pdf\"",
        "report=\"income-expenditure\""));
    assertEquals(1.0, value(metrics, "carepool_import_seconds_count", "outcome=\"loaded\""));
    assertTrue(value(metrics, "carepool_import_rows_total", "entity=\"spend\"") > 0, metrics);
  }

  @Test
  void a_pack_run_counts_by_outcome_with_its_mail_attempts() throws Exception {
    start(Map.of()).load(RunningCarepool.resource("finance/lb1"));
    assertEquals(0.0, value(scrape(), "carepool_pack_runs_total", "outcome=\"DELIVERED\""));
    app.send("POST", "/api/schedules", "admin", """
        {"id": "jb-monthly", "board": "JB", "reports": ["income-expenditure"], "cron": "0 0 7 7 * ?",
         "formats": ["pdf"], "recipients": ["board@example.org"]}
        """);
    assertEquals(202, app.send("POST", "/api/schedules/jb-monthly/run", "admin", "").statusCode());
    assertTrue(mail.waitForIncomingEmail(120_000, 1), "no pack mailed");
    // the attempt is counted before the relay sees the mail, the outcome once it has: wait for the outcome
    String metrics = awaitEnded();
    double ended = ended(metrics);
    assertEquals(1.0, value(metrics, "carepool_mail_attempts_total"), metrics);
    assertEquals(1.0, ended, metrics);
    assertEquals(0.0, value(metrics, "carepool_mail_retries_total"));
    assertEquals(0.0, value(metrics, "carepool_delivery_queue"));
  }

  @Test
  void ready_names_each_failing_part_with_503_while_health_stays_up() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    start(Map.of("CAREPOOL_READY_CHECKS_MAIL", "true", "CAREPOOL_SMTP_PORT", Integer.toString(closedPort)));
    JsonNode notMail = ready(503);
    assertEquals(List.of("mail"), List.of(notMail.get("failing").get(0).asText()));
    assertEquals("UP", notMail.get("parts").get("store").asText());
    assertEquals("UP", notMail.get("parts").get("scheduler").asText());
    app.close();

    start(Map.of("CAREPOOL_READY_CHECKS_MAIL", "true"));
    JsonNode up = ready(200);
    assertEquals("UP", up.get("status").asText());
    assertEquals(List.of("store", "scheduler", "mail"), List.copyOf(iterable(up.get("parts").fieldNames())));
    app.serving().schedules().close();
    JsonNode noScheduler = ready(503);
    assertEquals("scheduler", noScheduler.get("failing").get(0).asText());
    assertEquals(1, noScheduler.get("failing").size());
    assertEquals(200, app.getWith("/health").statusCode(), "liveness does not depend on the parts");
  }

  @Test
  void without_the_mail_setting_ready_does_not_look_at_the_mail_server() throws Exception {
    start(Map.of("CAREPOOL_SMTP_PORT", "1"));
    JsonNode up = ready(200);
    assertEquals(List.of("store", "scheduler"), List.copyOf(iterable(up.get("parts").fieldNames())));
  }

  private JsonNode ready(int status) throws Exception {
    HttpResponse<String> response = app.getWith("/health/ready");
    assertEquals(status, response.statusCode(), response.body());
    return JSON.readTree(response.body());
  }

  private String scrape() {
    return app.getWith("/metrics", "Authorization", "Bearer " + TOKEN).body();
  }

  private String awaitEnded() throws InterruptedException {
    long deadline = System.currentTimeMillis() + 30_000;
    String metrics = scrape();
    while (ended(metrics) < 1.0 && System.currentTimeMillis() < deadline) {
      Thread.sleep(300);
      metrics = scrape();
    }
    return metrics;
  }

  private static double ended(String metrics) {
    return value(metrics, "carepool_pack_runs_total", "outcome=\"DELIVERED\"")
        + value(metrics, "carepool_pack_runs_total", "outcome=\"INCOMPLETE\"");
  }

  /** The sample of a metric whose labels include all of {@code labels}; 0 when there is none. */
  static double value(String metrics, String name, String... labels) {
    Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{(.*)\\} (\\S+)$").matcher(metrics);
    while (line.find()) {
      String found = line.group(1);
      if (java.util.Arrays.stream(labels).allMatch(found::contains)) {
        return Double.parseDouble(line.group(2));
      }
    }
    return 0;
  }

  private static <T> List<T> iterable(java.util.Iterator<T> it) {
    List<T> all = new java.util.ArrayList<>();
    it.forEachRemaining(all::add);
    return all;
  }
}
