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
  void unknown_arrangements_and_boards_are_404s_as_on_every_other_route_and_bad_reports_and_formats_400s() {
    Client client = new Client(fixture.base());
    HttpResponse<String> unknown = clean(client.get("/api/reports/income-expenditure?arrangement=NOPE&month=2025-09&format=pdf", ANALYST));
    assertEquals(404, unknown.statusCode());
    assertTrue(unknown.body().contains("There is no arrangement 'NOPE'"), unknown.body());
    assertEquals(404, clean(client.get("/api/arrangements/NOPE/income-expenditure?month=2025-09", ANALYST)).statusCode());
    assertEquals(404, clean(client.get("/api/reports/spend-mapping?board=NOPE&month=2025-09&format=pdf", ANALYST)).statusCode());
    assertEquals(404, clean(client.get("/api/reports/spend-mapping?board=..%2F..%2Fetc&month=2025-09&format=pdf", ANALYST)).statusCode());
    assertEquals(400, clean(client.get("/api/reports/no-such-report?arrangement=LB1&month=2025-09&format=pdf", ANALYST)).statusCode());
    assertEquals(400, clean(client.get("/api/reports/income-expenditure?format=pdf", ANALYST)).statusCode());
    assertEquals(400, clean(client.get("/api/reports/board-pack?board=JB&month=2025-09&format=csv", ANALYST)).statusCode());
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
  void an_upload_over_50_mb_sent_chunked_without_a_length_is_a_413() throws Exception {
    String head = "POST /api/imports HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + ANALYST[1]
        + "\r\nContent-Type: " + Client.multipart().contentType() + "\r\nTransfer-Encoding: chunked\r\n\r\n";
    String start = "--" + Client.Multipart.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"spend.csv\""
        + "\r\nContent-Type: text/csv\r\n\r\n";
    String answer = Raw.chunked(fixture.server.port(), head, start, 51L * 1024 * 1024);
    assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
    assertTrue(answer.contains("50 MB"), answer);
    assertFalse(answer.contains("went wrong"), answer);
  }

  @Test
  void a_truncated_multipart_body_is_a_400_saying_so() {
    byte[] whole = Client.multipart().file("files", "spend.csv", "text/csv", "a,b\n1,2\n").bytes();
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 20);
    HttpResponse<String> response = clean(new Client(fixture.base())
        .post("/api/imports", Client.multipart().contentType(), cut, ANALYST));
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(response.body().contains("not a valid multipart form"), response.body());
  }

  @Test
  void a_multipart_type_without_a_boundary_or_with_a_garbage_body_is_a_400() {
    Client client = new Client(fixture.base());
    byte[] garbage = "this is not a multipart body at all".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> noBoundary = clean(client.post("/api/imports", "multipart/form-data", garbage, ANALYST));
    assertEquals(400, noBoundary.statusCode(), noBoundary.body());
    HttpResponse<String> junk = clean(client.post("/api/imports", Client.multipart().contentType(), garbage, ANALYST));
    assertEquals(400, junk.statusCode(), junk.body());
  }

  @Test
  void a_file_name_with_a_line_break_on_the_data_page_is_a_400_page() {
    Client analyst = new Client(fixture.base());
    analyst.signIn("analyst", "analyst-password");
    Client.Multipart body = Client.multipart().field("csrf", analyst.csrf())
        .file("files", "spe\r\nnd.csv", "text/csv", "a,b\n");
    HttpResponse<String> response = clean(analyst.post("/data", body.contentType(), body.bytes()));
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(response.body().startsWith("<!doctype html>"), response.body());
  }

  @Test
  void a_large_body_to_a_route_that_takes_no_upload_is_a_413_and_multipart_there_a_415() {
    Client client = new Client(fixture.base());
    byte[] big = new byte[200 * 1024];
    java.util.Arrays.fill(big, (byte) 'a');
    HttpResponse<String> response = clean(client.post("/sign-in", "application/x-www-form-urlencoded", big));
    assertEquals(413, response.statusCode(), response.body());
    Client.Multipart form = Client.multipart().field("username", "admin").field("password", "x");
    assertEquals(415, clean(client.post("/sign-in", form.contentType(), form.bytes())).statusCode());
    HttpResponse<String> json = clean(client.send("PUT", "/api/schedules/x", "application/json", big,
        "Authorization", Client.basic("admin", "admin-password")));
    assertEquals(413, json.statusCode(), json.body());
  }

  @Test
  void a_large_form_sent_chunked_to_a_route_that_takes_no_upload_is_a_413() throws Exception {
    String head = "POST /sign-in HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded"
        + "\r\nTransfer-Encoding: chunked\r\n\r\n";
    String answer = Raw.chunked(fixture.server.port(), head, "username=", 2L * 1024 * 1024);
    assertTrue(answer.startsWith("HTTP/1.1 413") || answer.startsWith("HTTP/1.1 400"), answer);
    assertFalse(answer.contains("went wrong"), answer);
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

  /** Raw HTTP/1.1 over a socket, for what java.net.http will not send. */
  static final class Raw {
    private Raw() {}

    /** Sends {@code head}, {@code start}, then {@code bytes} of 'a', as chunks while the server reads; returns the answer. */
    static String chunked(int port, String head, String start, long bytes) throws Exception {
      try (Socket socket = new Socket("localhost", port)) {
        socket.setSoTimeout(20_000);
        OutputStream out = socket.getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'a');
        byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        try {
          byte[] first = start.getBytes(StandardCharsets.US_ASCII);
          out.write((Integer.toHexString(first.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
          out.write(first);
          out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
          for (long sent = 0; sent < bytes; sent += chunk.length) {
            out.write(size);
            out.write(chunk);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
          }
          out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
          out.flush();
        } catch (java.io.IOException closedEarly) {
          // the server answered and closed before reading everything: the answer is what counts
        }
        InputStream in = socket.getInputStream();
        return new String(in.readNBytes(800), StandardCharsets.UTF_8);
      }
    }
  }

  @Test
  void a_non_numeric_limit_is_a_400_not_a_server_error() {
    Client client = new Client(fixture.base());
    HttpResponse<String> response = clean(client.get("/api/audit?limit=abc", "Authorization", Client.basic("admin", "admin-password")));
    assertEquals(400, response.statusCode());
  }
}
