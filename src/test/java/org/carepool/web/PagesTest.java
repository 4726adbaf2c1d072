package org.carepool.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.carepool.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The Users, Audit, Data and Reports pages through a signed-in session, with what they audit. */
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
    assertTrue(page.contains("<th scope=\"row\">bob</th><td>ANALYST</td><td>disabled</td>"), page);
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
  void a_rejected_upload_lists_every_problem_with_file_line_column_value_and_reason() {
    Client analyst = signedIn("analyst");
    Client.Multipart body = Client.multipart().field("csrf", analyst.csrf())
        .file("files", "spend.csv", "text/csv", "arrangement,scheme\nbad,row\n")
        .file("files", "budgets.csv", "application/vnd.ms-excel", "arrangement\nLB1\n");
    HttpResponse<String> response = analyst.post("/data", body.contentType(), body.bytes());
    assertEquals(422, response.statusCode());
    assertTrue(response.body().contains("<td>spend.csv</td><td class=\"num\">17</td><td>arrangement</td><td>BCF-25</td>"
        + "<td>unknown arrangement &#39;BCF-25&#39;</td>"), response.body());
    assertTrue(response.body().contains("<td class=\"num\">18</td>"));
    assertTrue(fixture.audited("IMPORT_REJECTED", "analyst"));
  }

  @Test
  void a_good_upload_through_the_api_answers_what_was_loaded_and_is_audited() {
    Client.Multipart body = Client.multipart().file("file", "spend.csv", "text/csv", "arrangement,scheme\nLB1,S1\n");
    HttpResponse<String> response = new Client(fixture.base()).post("/api/imports", body.contentType(), body.bytes(),
        "Authorization", Client.basic("analyst", "analyst-password"));
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().contains("\"outcome\":\"LOADED\""), response.body());
    assertTrue(fixture.audited("IMPORT_LOADED", "analyst"));
  }

  @Test
  void a_viewer_downloads_a_report_file_and_the_download_is_audited() throws Exception {
    Client viewer = signedIn("viewer");
    HttpResponse<String> page = viewer.get("/reports?arrangement=LB1&month=2025-09");
    assertTrue(page.body().contains("£40,000.00") && page.body().contains("£24,000.00"), page.body());
    HttpClient http = HttpClient.newBuilder().cookieHandler(viewer.cookies).build();
    HttpResponse<byte[]> file = http.send(HttpRequest.newBuilder(URI.create(fixture.base()
        + "/reports/file?report=income-expenditure&arrangement=LB1&board=HWB&month=2025-09&format=pdf")).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, file.statusCode());
    assertArrayEquals(WebFixture.PDF, file.body());
    assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(file.headers().firstValue("Content-Disposition").orElseThrow().contains("income-expenditure-LB1-2025-09.pdf"));
    assertTrue(fixture.audited("REPORT_DOWNLOADED", "viewer"));
  }

  @Test
  void navigation_shows_only_what_the_role_may_use() {
    String viewerHome = signedIn("viewer").get("/").body();
    assertTrue(viewerHome.contains("href=\"/reports\"") && !viewerHome.contains("href=\"/data\"") && !viewerHome.contains("href=\"/users\""));
    String adminHome = signedIn("admin").get("/").body();
    assertTrue(adminHome.contains("href=\"/data\"") && adminHome.contains("href=\"/users\"") && adminHome.contains("href=\"/audit\""));
  }
}
