package org.carepool.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 16, finding 11: an HTTP Basic caller carries no CSRF token, and browsers replay cached Basic
 * credentials, so a change asked for with an Origin other than carepool's own is refused (403) even
 * where Sec-Fetch-Site is not sent, and a JSON body labelled text/plain (what another site can post
 * without a CORS preflight) is refused (415).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BasicAuthOriginTest {
  private static final String SCHEDULE = "{\"id\": \"jb-origin\", \"board\": \"JB\", \"reports\": [\"income-expenditure\"],"
      + " \"cron\": \"0 0 7 7 * ?\", \"period\": \"previous-month\", \"formats\": [\"pdf\"],"
      + " \"recipients\": [\"board@example.org\"]}";
  private static final String[] ADMIN = {"Authorization", Client.basic("admin", "admin-password")};

  private final WebFixture fixture = new WebFixture();

  @AfterAll
  void stop() {
    fixture.close();
  }

  @Test
  void a_basic_auth_change_from_another_origin_is_refused_and_from_its_own_allowed() {
    Client client = new Client(fixture.base());
    HttpResponse<String> foreign = client.post("/api/schedules/none/pause", "application/json", new byte[0],
        concat(ADMIN, "Origin", "https://evil.example"));
    assertEquals(403, foreign.statusCode(), foreign.body());
    HttpResponse<String> nullOrigin = client.post("/api/schedules/none/pause", "application/json", new byte[0],
        concat(ADMIN, "Origin", "null"));
    assertEquals(403, nullOrigin.statusCode(), nullOrigin.body());
    HttpResponse<String> same = client.post("/api/schedules", "application/json", bytes(SCHEDULE),
        concat(ADMIN, "Origin", fixture.base()));
    assertEquals(201, same.statusCode(), same.body());
  }

  @Test
  void json_sent_as_text_plain_or_as_a_form_is_a_415_and_changes_nothing() {
    Client client = new Client(fixture.base());
    HttpResponse<String> plain = client.post("/api/schedules", "text/plain;charset=UTF-8",
        bytes(SCHEDULE.replace("jb-origin", "jb-plain")), ADMIN);
    assertEquals(415, plain.statusCode(), plain.body());
    HttpResponse<String> form = client.post("/api/schedules", "application/x-www-form-urlencoded",
        bytes(SCHEDULE.replace("jb-origin", "jb-plain")), ADMIN);
    assertEquals(415, form.statusCode(), form.body());
    assertEquals(404, client.get("/api/schedules/jb-plain", ADMIN).statusCode(), "nothing was made");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String[] concat(String[] headers, String name, String value) {
    String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
    all[headers.length] = name;
    all[headers.length + 1] = value;
    return all;
  }
}
