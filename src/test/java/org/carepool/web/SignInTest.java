package org.carepool.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInTest {
  private final WebFixture fixture = new WebFixture();

  @AfterAll
  void stop() {
    fixture.close();
  }

  private Client client() {
    return new Client(fixture.base());
  }

  @Test
  void a_page_asked_for_without_signing_in_redirects_to_the_sign_in_page() {
    HttpResponse<String> response = client().get("/reports");
    assertEquals(303, response.statusCode());
    assertEquals("/sign-in?next=%2Freports", response.headers().firstValue("Location").orElseThrow());
  }

  @Test
  void the_api_without_signing_in_answers_401_json_with_a_basic_challenge() {
    HttpResponse<String> response = client().get("/api/arrangements");
    assertEquals(401, response.statusCode());
    assertTrue(response.body().startsWith("{"), response.body());
    assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
  }

  @Test
  void signing_in_sets_an_http_only_strict_session_cookie_and_opens_the_home_page() {
    Client client = client();
    HttpResponse<String> response = client.signIn("viewer", "viewer-password");
    assertEquals(303, response.statusCode());
    String setCookie = response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(Cookies.SESSION + "=")).findFirst().orElseThrow();
    assertTrue(setCookie.contains("HttpOnly"), setCookie);
    assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
    assertFalse(setCookie.contains("Secure"), "plain HTTP: no Secure flag, or the browser would drop it: " + setCookie);
    HttpResponse<String> home = client.get("/");
    assertEquals(200, home.statusCode());
    assertTrue(home.body().contains("Signed in as <strong>viewer</strong>"));
    assertTrue(fixture.audited("SIGN_IN", "viewer"));
  }

  @Test
  void a_wrong_password_is_refused_and_audited_with_the_address() {
    HttpResponse<String> response = client().signIn("analyst", "not-the-password");
    assertEquals(401, response.statusCode());
    assertTrue(response.body().contains("not right"));
    assertTrue(fixture.auditEvents().stream().anyMatch(e -> e.action().equals("SIGN_IN_FAILED")
        && e.actor().equals("analyst") && !e.address().isEmpty()));
  }

  @Test
  void a_sign_in_post_without_the_form_token_is_refused() {
    HttpResponse<String> response = client().postForm("/sign-in", Map.of("username", "viewer", "password", "viewer-password"));
    assertEquals(400, response.statusCode());
    assertFalse(response.headers().firstValue("Set-Cookie").orElse("").contains(Cookies.SESSION + "="));
  }

  @Test
  void a_form_post_without_the_csrf_token_is_refused_and_changes_nothing() {
    Client admin = client();
    admin.signIn("admin", "admin-password");
    HttpResponse<String> response = admin.postForm("/users", Map.of("username", "mallory", "role", "ADMIN", "password", "mallory-password"));
    assertEquals(403, response.statusCode());
    assertTrue(fixture.users.find("mallory").isEmpty());
    HttpResponse<String> wrong = admin.postForm("/users",
        Map.of("csrf", "forged", "username", "mallory", "role", "ADMIN", "password", "mallory-password"));
    assertEquals(403, wrong.statusCode());
    assertTrue(fixture.users.find("mallory").isEmpty());
  }

  @Test
  void a_state_changing_request_marked_cross_site_is_refused_even_with_the_token() {
    Client admin = client();
    admin.signIn("admin", "admin-password");
    String csrf = admin.csrf();
    HttpResponse<String> response = admin.postForm("/users",
        Map.of("csrf", csrf, "username", "eve", "role", "VIEWER", "password", "eve-password"), "Sec-Fetch-Site", "cross-site");
    assertEquals(403, response.statusCode());
    assertTrue(fixture.users.find("eve").isEmpty());
  }

  @Test
  void http_basic_callers_need_no_csrf_token() {
    Client script = client();
    HttpResponse<String> response = script.get("/api/arrangements", "Authorization", Client.basic("viewer", "viewer-password"));
    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("LB1"));
  }

  @Test
  void signing_out_ends_the_session_for_good() {
    Client client = client();
    client.signIn("viewer", "viewer-password");
    String token = client.cookie(Cookies.SESSION).getValue();
    HttpResponse<String> out = client.postForm("/sign-out", Map.of("csrf", client.csrf()));
    assertEquals(303, out.statusCode());
    assertTrue(fixture.audited("SIGN_OUT", "viewer"));
    Client replay = client();
    HttpResponse<String> again = replay.get("/", "Cookie", Cookies.SESSION + "=" + token);
    assertEquals(303, again.statusCode(), "an old session token must not sign anyone in");
  }

  @Test
  void disabling_a_user_ends_their_sessions_at_once() {
    fixture.users.save("temp", org.carepool.security.Role.VIEWER, "temp-password".toCharArray());
    Client temp = client();
    temp.signIn("temp", "temp-password");
    assertEquals(200, temp.get("/").statusCode());
    fixture.users.disable("temp");
    assertEquals(303, temp.get("/").statusCode());
  }

  @Test
  void sessions_end_after_thirty_idle_minutes() {
    Client client = client();
    client.signIn("analyst", "analyst-password");
    assertEquals(200, client.get("/data").statusCode());
    fixture.clock.advance(Duration.ofMinutes(31));
    try {
      assertEquals(303, client.get("/data").statusCode());
    } finally {
      fixture.clock.advance(Duration.ofMinutes(-31));
    }
  }

  @Test
  void the_next_address_after_sign_in_never_leaves_the_site() {
    assertEquals("/", SignInController.safeNext("//evil.example/x"));
    assertEquals("/", SignInController.safeNext("https://evil.example/"));
    assertEquals("/", SignInController.safeNext("/\\evil.example"));
    assertEquals("/reports", SignInController.safeNext("/reports"));
  }

  @Test
  void the_health_check_and_the_stylesheet_need_no_sign_in() {
    assertEquals(200, client().get("/health").statusCode());
    HttpResponse<String> css = client().get("/assets/carepool.css");
    assertEquals(200, css.statusCode());
    assertNotNull(css.headers().firstValue("Content-Type").filter(t -> t.startsWith("text/css")).orElse(null));
  }
}
