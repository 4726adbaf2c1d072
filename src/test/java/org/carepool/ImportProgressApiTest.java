package org.carepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carepool.web.Client;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 4: an upload sent with an {@code X-Import-Id} can be watched through
 * {@code GET /api/imports/progress/{id}} from another thread while the real importer works, its
 * stages seen in their order and ending DONE or REFUSED.
 */
class ImportProgressApiTest {
  private static final Pattern STAGE = Pattern.compile("\"stage\":\"([A-Z]+)\"");
  private static final List<String> ORDER = List.of("READING", "CHECKING", "WRITING", "SUMMARIES", "DONE", "REFUSED", "FAILED");
  private static RunningCarepool app;

  @BeforeAll
  static void start() {
    app = new RunningCarepool(RunningCarepool.tempDir()).load(RunningCarepool.resource("finance/lb1"));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void a_large_spend_upload_is_seen_checking_then_writing_and_ends_done() throws Exception {
    StringBuilder csv = new StringBuilder("arrangement,scheme,month,amount,organisation,locality\n");
    for (int i = 0; i < 150_000; i++) {
      csv.append("LB1,S1,2025-08,1.00,CCG,L1\n");
    }
    String id = UUID.randomUUID().toString();
    Watched watched = uploadWatched(id, csv.toString());
    assertEquals(200, watched.upload.statusCode(), watched.upload.body());
    assertInOrder(watched.stages);
    assertTrue(watched.stages.contains("CHECKING"), "checking seen: " + watched.stages);
    assertEquals("DONE", watched.stages.get(watched.stages.size() - 1), watched.stages.toString());
    String last = progress(id, "analyst").body();
    assertTrue(last.contains("\"message\":\"1 file loaded\"") && last.contains("\"finished\":true")
        && last.contains("\"rows\":150000"), last);
    assertEquals(404, progress(id, "admin").statusCode(), "another user does not see it");
    assertEquals(404, app.getWith("/api/imports/progress/" + id).statusCode(), "nor does a caller without credentials");
  }

  @Test
  void a_refused_upload_ends_refused() throws Exception {
    String id = UUID.randomUUID().toString();
    Watched watched = uploadWatched(id, "arrangement,scheme,month,amount,organisation,locality\nNOPE,S1,2025-08,1.00,CCG,L1\n");
    assertEquals(422, watched.upload.statusCode());
    String last = progress(id, "analyst").body();
    assertTrue(last.contains("\"stage\":\"REFUSED\"") && last.contains("Nothing was loaded: 1 problem to fix first"), last);
  }

  @Test
  void an_unknown_or_malformed_id_is_answered_plainly() {
    assertEquals(404, progress(UUID.randomUUID().toString(), "analyst").statusCode());
    Client.Multipart body = Client.multipart().file("files", "spend.csv", "text/csv", "arrangement\n");
    HttpResponse<String> bad = new Client(app.base()).post("/api/imports", body.contentType(), body.bytes(),
        "Authorization", Client.basic("analyst", RunningCarepool.PASSWORD), "X-Import-Id", "<no>");
    assertEquals(400, bad.statusCode(), bad.body());
  }

  private record Watched(HttpResponse<String> upload, List<String> stages) {}

  /** Uploads on this thread while another asks for the progress every 10 ms, keeping each change of stage. */
  private static Watched uploadWatched(String id, String spend) throws Exception {
    List<String> stages = new ArrayList<>();
    var done = new java.util.concurrent.atomic.AtomicBoolean();
    CompletableFuture<Void> poller = CompletableFuture.runAsync(() -> {
      while (true) {
        boolean last = done.get();
        HttpResponse<String> r = progress(id, "analyst");
        if (r.statusCode() == 200) {
          Matcher m = STAGE.matcher(r.body());
          assertTrue(m.find(), r.body());
          if (stages.isEmpty() || !stages.get(stages.size() - 1).equals(m.group(1))) {
            stages.add(m.group(1));
          }
        }
        if (last) {
          return;
        }
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    Client.Multipart body = Client.multipart().file("files", "spend.csv", "text/csv", spend);
    HttpResponse<String> upload = new Client(app.base()).post("/api/imports", body.contentType(), body.bytes(),
        "Authorization", Client.basic("analyst", RunningCarepool.PASSWORD), "X-Import-Id", id);
    done.set(true);
    poller.get();
    return new Watched(upload, stages);
  }

  private static void assertInOrder(List<String> stages) {
    for (int i = 1; i < stages.size(); i++) {
      assertTrue(ORDER.indexOf(stages.get(i - 1)) < ORDER.indexOf(stages.get(i)), "in order: " + stages);
    }
  }

  private static HttpResponse<String> progress(String id, String user) {
    return app.get("/api/imports/progress/" + id, user);
  }
}
