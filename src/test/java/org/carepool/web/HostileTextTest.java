package org.carepool.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Markup typed by a user comes back on the pages as text, in element bodies and in attributes: a
 * failed sign-in's name (on the form and in the audit log), the audit filter, a refused new user
 * and a refused schedule form, each shown again as typed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileTextTest {
  private static final String SCRIPT = "\"><script>alert('x')</script>";
  private static final String IMAGE = "'\"><img src=x onerror=alert(1)>";
  private final WebFixture fixture = new WebFixture();

  @AfterAll
  void stop() {
    fixture.close();
  }

  @Test
  void a_name_typed_at_sign_in_comes_back_escaped_on_the_form_and_in_the_audit_log() {
    HttpResponse<String> refused = new Client(fixture.base()).signIn(SCRIPT, "wrong-password");
    assertEquals(401, refused.statusCode());
    assertShownAsTyped(refused.body(), "id=\"username\"[^>]*value=\"([^\"]*)\"", SCRIPT);
    Client admin = signedIn("admin");
    String log = admin.get("/audit?who=" + URLEncoder.encode(SCRIPT, StandardCharsets.UTF_8)).body();
    assertShownAsTyped(log, "<td data-label=\"Who\">([^<]*)</td>", SCRIPT);
    assertShownAsTyped(log, "id=\"who\"[^>]*value=\"([^\"]*)\"", SCRIPT);
  }

  @Test
  void a_refused_new_user_and_a_refused_schedule_come_back_escaped_as_typed() {
    Client admin = signedIn("admin");
    HttpResponse<String> user = admin.postForm("/users",
        Map.of("csrf", admin.csrf(), "username", IMAGE, "role", "VIEWER", "password", "long-enough"));
    assertEquals(400, user.statusCode(), user.body());
    assertShownAsTyped(user.body(), "id=\"new-username\"[^>]*value=\"([^\"]*)\"", IMAGE);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("csrf", admin.csrf());
    form.put("mode", "create");
    form.put("id", "bad-id");
    form.put("board", "JB");
    form.put("reports", "income-expenditure");
    form.put("cron", IMAGE);
    form.put("time_zone", "Europe/London");
    form.put("period", "previous-month");
    form.put("recipients", SCRIPT);
    form.put("misfire", "run-once");
    HttpResponse<String> schedule = admin.postForm("/schedules", form);
    assertEquals(422, schedule.statusCode(), schedule.body());
    assertShownAsTyped(schedule.body(), "id=\"cron\"[^>]*value=\"([^\"]*)\"", IMAGE);
    assertShownAsTyped(schedule.body(), "id=\"recipients\"[^>]*value=\"([^\"]*)\"", SCRIPT);
    assertTrue(schedule.body().contains("id=\"form-problems\""), schedule.body());
  }

  /** No markup got through, and what {@code where} captures reads, once its character references are decoded, as typed. */
  private static void assertShownAsTyped(String page, String where, String typed) {
    assertFalse(page.contains("<script>alert") || page.contains("<img src=x"), page);
    Matcher shown = Pattern.compile(where).matcher(page);
    assertTrue(shown.find(), "no " + where + " in\n" + page);
    assertEquals(typed, decoded(shown.group(1)), page);
  }

  private static String decoded(String html) {
    Matcher reference = Pattern.compile("&(#\\d+|lt|gt|quot|amp);").matcher(html);
    StringBuilder text = new StringBuilder();
    while (reference.find()) {
      String name = reference.group(1);
      String character = switch (name) {
        case "lt" -> "<";
        case "gt" -> ">";
        case "quot" -> "\"";
        case "amp" -> "&";
        default -> Character.toString(Integer.parseInt(name.substring(1)));
      };
      reference.appendReplacement(text, Matcher.quoteReplacement(character));
    }
    return reference.appendTail(text).toString();
  }

  private Client signedIn(String name) {
    Client client = new Client(fixture.base());
    assertEquals(303, client.signIn(name, name + "-password").statusCode());
    return client;
  }
}
