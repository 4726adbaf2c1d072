package org.carepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.carepool.web.Client;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The schedule form's cover fields (meeting, its date, who prepared the pack) through the whole running
 * application: posted as the page posts them, listed on the Schedules page, back in the edit form, read
 * by the API, refused with the form's problems when bad, and printed on the cover of the pack a run sends.
 */
class ScheduleCoverFieldsTest {
  @RegisterExtension
  static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MEETING = "Example Joint Board, public meeting";
  private static final String AUTHOR = "J Smith, Head of Pooled Finance";

  private RunningCarepool app;
  private Client admin;

  @BeforeEach
  void start() {
    app = new RunningCarepool(RunningCarepool.tempDir(), Map.of("CAREPOOL_SMTP_HOST", "localhost",
        "CAREPOOL_SMTP_PORT", Integer.toString(mail.getSmtp().getPort()))).load(RunningCarepool.resource("finance/lb1"));
    admin = new Client(app.base());
    assertEquals(303, admin.signIn("admin", RunningCarepool.PASSWORD).statusCode());
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void the_form_saves_the_meeting_its_date_and_the_author_lists_them_edits_them_and_the_pack_cover_names_them()
      throws Exception {
    HttpResponse<String> saved = admin.postForm("/schedules", form("create", "2026-01-15", AUTHOR));
    assertEquals(303, saved.statusCode(), saved.body());
    JsonNode api = JSON.readTree(app.get("/api/schedules/jb-cover", "viewer").body());
    assertEquals(MEETING, api.get("meeting").asText());
    assertEquals("2026-01-15", api.get("meetingDate").asText());
    assertEquals(AUTHOR, api.get("author").asText());

    String list = admin.get("/schedules").body();
    assertTrue(list.contains("Example Joint Board, public meeting, Thu 15 Jan 2026; prepared by J Smith, Head of Pooled Finance"),
        list);
    String edit = admin.get("/schedules?edit=jb-cover").body();
    assertTrue(edit.contains("id=\"meeting_date\" name=\"meeting_date\" value=\"2026-01-15\""), edit);
    assertTrue(edit.contains("id=\"author\" name=\"author\" maxlength=\"200\" value=\"" + AUTHOR + "\""), edit);

    assertEquals(303, admin.postForm("/schedules", form("edit", "2026-02-12", "")).statusCode());
    JsonNode edited = JSON.readTree(app.get("/api/schedules/jb-cover", "viewer").body());
    assertEquals("2026-02-12", edited.get("meetingDate").asText());
    assertFalse(edited.hasNonNull("author"), "an emptied field is dropped: " + edited);
    assertEquals(303, admin.postForm("/schedules", form("edit", "2026-01-15", AUTHOR)).statusCode());

    assertEquals(202, app.send("POST", "/api/schedules/jb-cover/run", "admin", "").statusCode());
    JsonNode run = awaitFinishedRun();
    HttpResponse<byte[]> pack = app.getBytes("/api/packs/" + run.get("id").asLong(), "viewer");
    assertEquals(200, pack.statusCode());
    try (var pdf = Loader.loadPDF(pack.body())) {
      PDFTextStripper text = new PDFTextStripper();
      text.setEndPage(1);
      String cover = text.getText(pdf).replaceAll("\\s+", " ");
      assertTrue(cover.contains(MEETING + ", Thursday 15 January 2026"), cover);
      assertTrue(cover.contains("Prepared by " + AUTHOR), cover);
    }
  }

  @Test
  void a_bad_date_and_a_two_line_author_come_back_as_typed_with_their_problems() throws Exception {
    HttpResponse<String> refused = admin.postForm("/schedules", form("create", "15/01/2026", "J Smith\nFinance"));
    assertEquals(422, refused.statusCode(), refused.body());
    String page = refused.body();
    assertTrue(page.contains("meeting_date: &#39;15/01/2026&#39; is not a date (YYYY-MM-DD)"), page);
    assertTrue(page.contains("author: expected one line of text of at most 200 characters"), page);
    assertTrue(page.contains("id=\"meeting\" name=\"meeting\" maxlength=\"200\" value=\"" + MEETING + "\""), page);
    assertEquals(404, app.get("/api/schedules/jb-cover", "viewer").statusCode(), "nothing was saved");
  }

  private Map<String, String> form(String mode, String meetingDate, String author) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("csrf", admin.csrf());
    form.put("mode", mode);
    form.put("id", "jb-cover");
    form.put("board", "JB");
    form.put("reports", "income-expenditure");
    form.put("cron", "0 0 7 7 * ?");
    form.put("time_zone", "Europe/London");
    form.put("period", "previous-month");
    form.put("recipients", "board@example.org");
    form.put("enabled", "true");
    form.put("misfire", "run-once");
    form.put("meeting", MEETING);
    form.put("meeting_date", meetingDate);
    form.put("author", author);
    return form;
  }

  private JsonNode awaitFinishedRun() throws Exception {
    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline) {
      JsonNode runs = JSON.readTree(app.get("/api/schedules/jb-cover/runs", "viewer").body());
      String outcome = runs.size() > 0 ? runs.get(0).get("outcome").asText() : "";
      if (!outcome.isEmpty() && !outcome.equals("RUNNING") && !outcome.equals("SENDING")) {
        return runs.get(0);
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no finished run of jb-cover within two minutes");
  }
}
