package org.carepool.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every kind of bad input gets a clear 4xx, changes nothing, and shows no stack trace. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {
  private static final String[] ANALYST = {"Authorization", Client.basic("analyst", "analyst-password")};

  private final WebFixture fixture = new WebFixture();

  @AfterAll
  void stop() {
    fixture.close();
  }

  private HttpResponse<String> clean(HttpResponse<String> response) {
    assertFalse(response.body().contains("at org.") || response.body().contains("Exception"), response.body());
    return response;
  }

  @Test
  void a_malformed_month_is_a_400_naming_the_parameter_as_json_under_api() {
    HttpResponse<String> response = clean(new Client(fixture.base())
        .get("/api/reports/income-expenditure?arrangement=LB1&month=2025-13&format=pdf", ANALYST));
    assertEquals(400, response.statusCode());
    assertTrue(response.body().startsWith("{") && response.body().contains("month"), response.body());
  }

  @Test
  void a_malformed_month_on_a_page_is_a_400_html_page() {
    Client client = new Client(fixture.base());
    client.signIn("viewer", "viewer-password");
    HttpResponse<String> response = clean(client.get("/reports/file?report=performance&arrangement=LB1&month=25-9&format=pdf"));
    assertEquals(400, response.statusCode());
    assertTrue(response.body().startsWith("<!doctype html>") && response.body().contains("month"), response.body());
  }

  @Test
  void unknown_codes_reports_and_formats_are_400s() {
    Client client = new Client(fixture.base());
    assertEquals(400, clean(client.get("/api/reports/income-expenditure?arrangement=NOPE&month=2025-09&format=pdf", ANALYST)).statusCode());
    assertEquals(400, clean(client.get("/api/reports/no-such-report?arrangement=LB1&month=2025-09&format=pdf", ANALYST)).statusCode());
    assertEquals(400, clean(client.get("/api/reports/income-expenditure?format=pdf", ANALYST)).statusCode());
    assertEquals(400, clean(client.get("/api/reports/board-pack?board=JB&month=2025-09&format=csv", ANALYST)).statusCode());
    assertEquals(400, clean(client.get("/api/reports/spend-mapping?board=..%2F..%2Fetc&month=2025-09&format=pdf", ANALYST)).statusCode());
  }

  @Test
  void an_upload_that_is_not_multipart_is_a_415() {
    HttpResponse<String> response = clean(new Client(fixture.base())
        .post("/api/imports", "application/json", "{\"spend\":1}".getBytes(StandardCharsets.UTF_8), ANALYST));
    assertEquals(415, response.statusCode());
  }

  @Test
  void a_file_that_is_not_csv_is_a_415() {
    Client.Multipart body = Client.multipart().file("files", "spend.csv", "image/png", "not really a png");
    assertEquals(415, clean(new Client(fixture.base()).post("/api/imports", body.contentType(), body.bytes(), ANALYST)).statusCode());
  }

  @Test
  void path_tricks_in_file_names_are_400s_and_nothing_is_loaded() {
    for (String name : new String[] {"../spend.csv", "..\\\\spend.csv", "/etc/spend.csv", "spend.csv.exe", ".hidden.csv"}) {
      Client.Multipart body = Client.multipart().file("files", name, "text/csv", "a,b\n");
      HttpResponse<String> response = clean(new Client(fixture.base()).post("/api/imports", body.contentType(), body.bytes(), ANALYST));
      assertEquals(400, response.statusCode(), name + ": " + response.body());
    }
    assertFalse(fixture.audited("IMPORT_LOADED", "analyst"));
  }

  @Test
  void an_upload_over_50_mb_is_refused_with_413_before_it_is_read() throws Exception {
    try (Socket socket = new Socket("localhost", fixture.server.port())) {
      String head = "POST /api/imports HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + ANALYST[1]
          + "\r\nContent-Type: " + Client.multipart().contentType() + "\r\nContent-Length: " + (60L * 1024 * 1024) + "\r\n\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(new byte[8192]);
      out.flush();
      InputStream in = socket.getInputStream();
      String answer = new String(in.readNBytes(600), StandardCharsets.UTF_8);
      assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
      assertTrue(answer.contains("50 MB"), answer);
    }
  }

  @Test
  void a_sign_in_sent_as_json_is_a_415() {
    HttpResponse<String> response = clean(new Client(fixture.base())
        .post("/sign-in", "application/json", "{\"username\":\"admin\"}".getBytes(StandardCharsets.UTF_8)));
    assertEquals(415, response.statusCode());
  }

  @Test
  void an_unknown_page_is_a_404_html_page_and_an_unknown_api_path_a_404_json() {
    Client client = new Client(fixture.base());
    HttpResponse<String> page = clean(client.get("/no/such/page"));
    assertEquals(404, page.statusCode());
    HttpResponse<String> api = clean(client.get("/api/no-such-thing", ANALYST));
    assertEquals(404, api.statusCode());
    assertTrue(api.body().startsWith("{"), api.body());
  }

  @Test
  void a_non_numeric_limit_is_a_400_not_a_server_error() {
    Client client = new Client(fixture.base());
    HttpResponse<String> response = clean(client.get("/api/audit?limit=abc", "Authorization", Client.basic("admin", "admin-password")));
    assertEquals(400, response.statusCode());
  }
}
