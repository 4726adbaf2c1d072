package org.carepool.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.carepool.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Users and Audit pages and the navigation through a signed-in session, with what they audit.
 * The Data and Reports pages need the real importer and reports: {@code org.carepool.DataAndReportPagesTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesTest {
  private final WebFixture fixture = new WebFixture();

  @AfterAll
  void stop() {
    fixture.close();
  }

  private Client signedIn(String name) {
    Client client = new Client(fixture.base());
    assertEquals(303, client.signIn(name, name + "-password").statusCode());
    return client;
  }

  @Test
  void an_admin_creates_a_user_changes_the_role_resets_the_password_and_disables_it_all_audited() {
    Client admin = signedIn("admin");
    String csrf = admin.csrf();
    assertEquals(303, admin.postForm("/users", Map.of("csrf", csrf, "username", "bob", "role", "VIEWER", "password", "bob-password")).statusCode());
    assertEquals(409, admin.postForm("/users", Map.of("csrf", csrf, "username", "bob", "role", "VIEWER", "password", "bob-password")).statusCode());
    assertEquals(303, admin.postForm("/users/bob/role", Map.of("csrf", csrf, "role", "ANALYST")).statusCode());
    assertEquals(Role.ANALYST, fixture.users.find("bob").orElseThrow().role());
    assertEquals(303, admin.postForm("/users/bob/password", Map.of("csrf", csrf, "password", "new-bob-password")).statusCode());
    assertEquals(303, new Client(fixture.base()).signIn("bob", "new-bob-password").statusCode());
    assertEquals(303, admin.postForm("/users/bob/enabled", Map.of("csrf", csrf, "enabled", "false")).statusCode());
    assertEquals(401, new Client(fixture.base()).signIn("bob", "new-bob-password").statusCode());
    for (String action : new String[] {"USER_CREATED", "USER_ROLE_CHANGED", "USER_PASSWORD_RESET", "USER_DISABLED"}) {
      assertTrue(fixture.audited(action, "admin"), action);
    }
    String page = admin.get("/users").body();
    assertTrue(page.contains("<th scope=\"row\">bob</th><td data-label=\"Role\">ANALYST</td><td data-label=\"Status\">disabled</td>"),
        page);
  }

  @Test
  void a_refused_new_user_is_shown_on_the_users_page_with_the_name_and_role_kept() {
    Client admin = signedIn("admin");
    HttpResponse<String> duplicate = admin.postForm("/users",
        Map.of("csrf", admin.csrf(), "username", "viewer", "role", "ANALYST", "password", "long-enough"));
    assertEquals(409, duplicate.statusCode());
    String page = duplicate.body();
    assertTrue(page.contains("<title>Error: Users — carepool</title>") && page.contains("already exists"), page);
    assertTrue(page.contains("id=\"new-username\"") && page.contains("value=\"viewer\""), page);
    assertTrue(page.contains("<option value=\"ANALYST\" selected>"), page);
    HttpResponse<String> shortPassword = admin.postForm("/users",
        Map.of("csrf", admin.csrf(), "username", "dora", "role", "VIEWER", "password", "short"));
    assertEquals(400, shortPassword.statusCode());
    assertTrue(shortPassword.body().contains("Password: 8 to 72 characters") && shortPassword.body().contains("value=\"dora\""),
        shortPassword.body());
  }

  @Test
  void the_audit_page_filters_by_who_and_what_and_pages_back_through_older_events() {
    Client admin = signedIn("admin");
    signedIn("viewer");
    String filtered = admin.get("/audit?who=viewer&action=SIGN_IN").body();
    assertTrue(filtered.contains("<td data-label=\"Who\">viewer</td><td data-label=\"What\">SIGN_IN</td>"), filtered);
    assertFalse(filtered.contains("<td data-label=\"Who\">admin</td>"), filtered);
    String first = admin.get("/audit?limit=1").body();
    java.util.regex.Matcher older = java.util.regex.Pattern.compile("href=\"/audit\\?before=(\\d+)\">Older events").matcher(first);
    assertTrue(older.find(), first);
    String next = admin.get("/audit?limit=1&before=" + older.group(1)).body();
    assertTrue(next.contains("Events older than #" + older.group(1)) && next.contains("Newest events"), next);
  }

  @Test
  void an_admin_cannot_disable_or_demote_themselves() {
    Client admin = signedIn("admin");
    String csrf = admin.csrf();
    assertEquals(400, admin.postForm("/users/admin/enabled", Map.of("csrf", csrf, "enabled", "false")).statusCode());
    assertEquals(400, admin.postForm("/users/admin/role", Map.of("csrf", csrf, "role", "VIEWER")).statusCode());
    assertEquals(404, admin.postForm("/users/nobody/role", Map.of("csrf", csrf, "role", "VIEWER")).statusCode());
  }

  @Test
  void the_audit_log_is_on_the_page_and_in_the_api_for_admins() {
    Client admin = signedIn("admin");
    assertTrue(admin.get("/audit").body().contains("SIGN_IN"));
    HttpResponse<String> api = admin.get("/api/audit?limit=5");
    assertEquals(200, api.statusCode());
    assertTrue(api.body().contains("\"action\":\"SIGN_IN\""), api.body());
  }

  @Test
  void navigation_shows_only_what_the_role_may_use() {
    String viewerHome = signedIn("viewer").get("/").body();
    assertTrue(viewerHome.contains("href=\"/reports\"") && !viewerHome.contains("href=\"/data\"") && !viewerHome.contains("href=\"/users\""));
    String adminHome = signedIn("admin").get("/").body();
    assertTrue(adminHome.contains("href=\"/data\"") && adminHome.contains("href=\"/users\"") && adminHome.contains("href=\"/audit\""));
  }
}
