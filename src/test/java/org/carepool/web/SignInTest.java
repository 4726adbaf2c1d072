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
  void forwarded_headers_from_a_client_that_is_not_a_trusted_proxy_are_ignored() {
    HttpResponse<String> form = client().get("/sign-in", "X-Forwarded-Proto", "https", "Forwarded", "proto=https");
    assertFalse(form.headers().firstValue("Set-Cookie").orElseThrow().contains("Secure"));
    client().signIn("nobody-forwarded", "guess", "X-Forwarded-For", "198.51.100.99");
    assertTrue(fixture.auditEvents().stream().anyMatch(e -> e.actor().equals("nobody-forwarded")
        && e.address().equals("127.0.0.1")), fixture.auditEvents().toString());
  }

  @Test
  void after_a_wrong_password_the_form_keeps_the_user_name() {
    HttpResponse<String> response = client().signIn("analyst", "not-the-password");
    assertEquals(401, response.statusCode());
    assertTrue(response.body().contains("value=\"analyst\""), response.body());
  }

  @Test
  void the_sign_in_page_sends_someone_already_signed_in_on_to_where_they_were_going() {
    Client client = client();
    client.signIn("viewer", "viewer-password");
    HttpResponse<String> again = client.get("/sign-in?next=%2Freports");
    assertEquals(303, again.statusCode());
    assertEquals("/reports", again.headers().firstValue("Location").orElseThrow());
  }

  @Test
  void a_form_posted_after_the_session_ran_out_goes_to_sign_in_and_back_to_its_page() {
    Client client = client();
    client.signIn("admin", "admin-password");
    String csrf = client.csrf();
    client.postForm("/sign-out", Map.of("csrf", csrf));
    HttpResponse<String> late = client.postForm("/users/viewer/role", Map.of("csrf", csrf, "role", "ADMIN"));
    assertEquals(303, late.statusCode());
    assertEquals("/sign-in?next=%2Fusers", late.headers().firstValue("Location").orElseThrow());
  }

  @Test
  void http_basic_on_a_page_route_signs_nobody_in() {
    HttpResponse<String> page = client().postForm("/users", Map.of("username", "eve", "role", "ADMIN", "password", "eve-password"),
        "Authorization", Client.basic("admin", "admin-password"));
    assertEquals(303, page.statusCode());
    assertTrue(page.headers().firstValue("Location").orElseThrow().startsWith("/sign-in?next="));
    assertTrue(fixture.users.find("eve").isEmpty());
  }

  @Test
  void an_unknown_address_while_signed_in_is_a_404_page_with_the_navigation() {
    Client client = client();
    client.signIn("viewer", "viewer-password");
    HttpResponse<String> page = client.get("/no/such/page");
    assertEquals(404, page.statusCode());
    assertTrue(page.body().contains("Signed in as <strong>viewer</strong>") && page.body().contains("href=\"/reports\""),
        page.body());
  }

  @Test
  void head_requests_follow_the_get_route_rule() {
    assertEquals(200, client().send("HEAD", "/sign-in", "text/plain", new byte[0]).statusCode());
    assertEquals(303, client().send("HEAD", "/users", "text/plain", new byte[0]).statusCode());
    Client admin = client();
    admin.signIn("admin", "admin-password");
    assertEquals(200, admin.send("HEAD", "/users", "text/plain", new byte[0]).statusCode());
    Client viewer = client();
    viewer.signIn("viewer", "viewer-password");
    assertEquals(403, viewer.send("HEAD", "/users", "text/plain", new byte[0]).statusCode());
  }

  @Test
  void ended_sessions_are_deleted_from_the_store() {
    Client client = client();
    client.signIn("analyst", "analyst-password");
    fixture.clock.advance(Duration.ofHours(9));
    try {
      assertTrue(fixture.signIns.deleteEndedSessions() >= 1);
      assertEquals(0, fixture.signIns.deleteEndedSessions());
    } finally {
      fixture.clock.advance(Duration.ofHours(-9));
    }
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
