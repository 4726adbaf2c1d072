package org.carepool;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Repeated downloads come from memory and answer 304 to a caller whose copy is current, and a load
 * between two downloads always gives the new figures: through the whole running application.
 */
class CachedDownloadsTest {
  private static final String IE_CSV = "/api/reports/income-expenditure?arrangement=LB1&month=2025-09&format=csv";
  private static final String IE_PDF = "/api/reports/income-expenditure?arrangement=LB1&month=2025-09&format=pdf";
  private final HttpClient http = HttpClient.newHttpClient();
  private RunningCarepool app;

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void a_repeated_download_of_unchanged_data_is_not_rendered_again_and_a_current_copy_gets_304() throws Exception {
    app = new RunningCarepool(RunningCarepool.tempDir()).load(RunningCarepool.resource("finance/lb1"));
    HttpResponse<byte[]> first = download(IE_PDF, null);
    HttpResponse<byte[]> second = download(IE_PDF, null);
    assertEquals(200, second.statusCode());
    assertArrayEquals(first.body(), second.body());
    String metrics = app.get("/metrics", "admin").body();
    assertEquals(1.0, OperationsTest.value(metrics, "carepool_report_render_seconds_count", "report=\"income-expenditure\""),
        "rendered more than once:\n" + metrics);
    assertEquals(1.0, OperationsTest.value(metrics, "cache_gets_total", "cache=\"reports\"", "result=\"hit\""));

    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertEquals("private, no-cache", first.headers().firstValue("Cache-Control").orElse(""));
    HttpResponse<byte[]> unchanged = download(IE_PDF, etag);
    assertEquals(304, unchanged.statusCode());
    assertEquals(0, unchanged.body().length);
    assertNotEquals(etag, download(IE_CSV, null).headers().firstValue("ETag").orElseThrow(), "one tag for two files");
  }

  @Test
  void a_load_between_two_downloads_gives_the_new_figures_and_a_new_tag() throws Exception {
    app = new RunningCarepool(RunningCarepool.tempDir()).load(RunningCarepool.resource("finance/lb1"));
    HttpResponse<byte[]> before = download(IE_CSV, null);
    String oldTag = before.headers().firstValue("ETag").orElseThrow();
    String spendBefore = spendYearToDate();

    Path more = Files.createTempDirectory("more-spend").resolve("spend.csv");
    Files.writeString(more, String.join("\n", "arrangement,scheme,month,amount,organisation,locality",
        "LB1,S1,2025-04,70000.00,CCG,L1", "LB1,S2,2025-04,25500.00,LA,L1", "LB1,S2,2025-04,-500.00,LA,", ""));
    app.loadAudited(more);

    String spendAfter = spendYearToDate();
    assertNotEquals(spendBefore, spendAfter, "the load did not change the figures: the test proves nothing");
    HttpResponse<byte[]> stale = download(IE_CSV, oldTag);
    assertEquals(200, stale.statusCode(), "a copy from before the load was called current");
    String after = new String(stale.body(), StandardCharsets.UTF_8);
    assertTrue(after.contains(spendAfter) && !after.contains(spendBefore),
        "the CSV does not show the year-to-date spend of the store (" + spendAfter + "):\n" + after);
    assertNotEquals(oldTag, stale.headers().firstValue("ETag").orElseThrow());
  }

  @Test
  void closing_a_month_gives_a_new_tag_and_as_reported_is_a_file_of_its_own() throws Exception {
    app = new RunningCarepool(RunningCarepool.tempDir()).load(RunningCarepool.resource("finance/lb1"));
    String open = download(IE_CSV, null).headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> close = http.send(HttpRequest.newBuilder(URI.create(app.base()
        + "/api/arrangements/LB1/closes?month=2025-09")).header("Authorization", "Basic " + Base64.getEncoder()
        .encodeToString(("analyst:" + RunningCarepool.PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(201, close.statusCode(), close.body());

    HttpResponse<byte[]> now = download(IE_CSV, open);
    assertEquals(200, now.statusCode(), "a copy from before the close was called current");
    HttpResponse<byte[]> reported = download(IE_CSV + "&as=reported", null);
    assertEquals(200, reported.statusCode());
    assertNotEquals(now.headers().firstValue("ETag").orElseThrow(), reported.headers().firstValue("ETag").orElseThrow(),
        "one tag for the statement as reported and as now");
  }

  /** The year-to-date spend of the JSON statement, which is never cached, as the CSV writes it. */
  private String spendYearToDate() throws Exception {
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
        app.get("/api/arrangements/LB1/income-expenditure?month=2025-09", "viewer").body());
    return new java.math.BigDecimal(json.get("pool").get("actualToDate").asText()).setScale(2).toPlainString();
  }

  private HttpResponse<byte[]> download(String path, String ifNoneMatch) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.base() + path)).header("Authorization",
        "Basic " + Base64.getEncoder().encodeToString(("viewer:" + RunningCarepool.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    if (ifNoneMatch != null) {
      request.header("If-None-Match", ifNoneMatch);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
