package org.carepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.carepool.web.Client;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Data and Reports pages of the whole application, through a signed-in session: uploads go
 * through the real importer, the headline and files come from the real finance and report services.
 */
class DataAndReportPagesTest {
  private static final String FIGURES = "/api/arrangements/LB1/income-expenditure?month=2025-09";
  private static RunningCarepool app;

  @BeforeAll
  static void start() {
    app = new RunningCarepool(RunningCarepool.tempDir()).load(RunningCarepool.resource("finance/lb1"));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static Client signedIn(String name) {
    Client client = new Client(app.base());
    assertEquals(303, client.signIn(name, RunningCarepool.PASSWORD).statusCode());
    return client;
  }

  private static String audit() {
    return app.get("/api/audit?limit=1000", "admin").body();
  }

  @Test
  void a_rejected_upload_lists_every_problem_by_file_line_column_value_and_reason_and_writes_nothing() {
    String before = app.get(FIGURES, "viewer").body();
    Client analyst = signedIn("analyst");
    Client.Multipart body = Client.multipart().field("csrf", analyst.csrf())
        .file("files", "spend.csv", "text/csv", AppBrowserTest.BAD_SPEND);
    HttpResponse<String> response = analyst.post("/data", body.contentType(), body.bytes());
    assertEquals(422, response.statusCode());
    assertTrue(response.body().contains(problemRow(3, "arrangement", "NOPE")), response.body());
    assertTrue(response.body().contains(problemRow(4, "amount", "12.345")), response.body());
    assertTrue(response.body().contains("Nothing was loaded: 2 problems"), response.body());
    assertTrue(response.body().contains("<title>Error: Data — carepool</title>"), "the error is shown on the Data page itself");
    assertTrue(response.body().contains("action=\"/data\""), "with the upload form under it");
    assertEquals(before, app.get(FIGURES, "viewer").body());
    assertTrue(audit().contains("\"action\":\"IMPORT_REJECTED\""), audit());
  }

  @Test
  void a_rejected_upload_with_more_problems_than_are_kept_says_the_true_count_everywhere() {
    StringBuilder csv = new StringBuilder("arrangement,scheme,month,amount,organisation,locality\n");
    for (int i = 0; i < 10_050; i++) {
      csv.append("LB1,S1,2025-09,1.001,CCG,L1\n");
    }
    Client.Multipart body = Client.multipart().file("files", "spend.csv", "text/csv", csv.toString());
    HttpResponse<String> api = new Client(app.base()).post("/api/imports", body.contentType(), body.bytes(),
        "Authorization", Client.basic("analyst", RunningCarepool.PASSWORD));
    assertEquals(422, api.statusCode());
    assertTrue(api.body().contains("\"problemCount\":10050") && api.body().contains("\"problemsListed\":10000"),
        api.body().substring(0, 300));

    Client analyst = signedIn("analyst");
    Client.Multipart form = Client.multipart().field("csrf", analyst.csrf()).file("files", "spend.csv", "text/csv", csv.toString());
    String page = analyst.post("/data", form.contentType(), form.bytes()).body();
    assertTrue(page.contains("Nothing was loaded: 10,050 problems to fix first."), page);
    assertTrue(page.contains("The first 200 are listed below, after a count by file and column of the first 10,000 found."), page);
    assertTrue(page.contains("Problems by file and column (of the first 10,000)"), page);
    assertTrue(page.contains("<td data-label=\"Column\">amount</td><td class=\"num\" data-label=\"Problems\">10,000</td>"), page);
    assertEquals(200, page.split("data-label=\"Reason\"", -1).length - 1, "rows listed on the page");
    assertTrue(analyst.get("/data").body().contains("<td class=\"num\" data-label=\"Problems\">10,050</td>"), "history");
    assertTrue(audit().contains("spend.csv: 10,050 problems; nothing was written"), audit());
  }

  @Test
  void a_good_upload_through_the_api_answers_what_was_loaded_and_is_audited() {
    Client.Multipart body = Client.multipart().file("file", "localities.csv", "text/csv",
        "code,name,partnership\nL1,North,Example place\nL2,South,Example place\n");
    HttpResponse<String> response = new Client(app.base()).post("/api/imports", body.contentType(), body.bytes(),
        "Authorization", Client.basic("analyst", RunningCarepool.PASSWORD));
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().contains("\"outcome\":\"LOADED\""), response.body());
    assertTrue(response.body().contains("\"fileName\":\"localities.csv\"") && response.body().contains("\"rows\":2"),
        response.body());
    assertTrue(audit().contains("\"action\":\"IMPORT_LOADED\""), audit());
    assertTrue(signedIn("analyst").get("/data").body().contains("<td data-label=\"File\">localities.csv</td>"),
        "in the import history");
  }

  @Test
  void the_api_and_the_data_page_say_which_slices_a_load_replaced() {
    // September's rows as the worked example has them: the figures other tests read stay the same
    String september = "arrangement,scheme,month,amount,organisation,locality\n"
        + "LB1,S1,2025-09,66000.00,CCG,L1\nLB1,S2,2025-09,23000.00,LA,L1\nLB1,S2,2025-09,-500.00,LA,\n";
    Client.Multipart body = Client.multipart().file("files", "spend.csv", "text/csv", september);
    HttpResponse<String> api = new Client(app.base()).post("/api/imports", body.contentType(), body.bytes(),
        "Authorization", Client.basic("analyst", RunningCarepool.PASSWORD));
    assertEquals(200, api.statusCode(), api.body());
    assertTrue(api.body().contains("\"replaced\":\"") && api.body().contains("LB1 2025-09"), api.body());

    Client analyst = signedIn("analyst");
    Client.Multipart form = Client.multipart().field("csrf", analyst.csrf()).file("files", "spend.csv", "text/csv", september);
    String page = analyst.post("/data", form.contentType(), form.bytes()).body();
    assertTrue(page.contains("spend.csv: 3 spend row(s), import batch ") && page.contains("LB1 2025-09"), page);
  }

  @Test
  void a_viewer_sees_the_headline_and_downloads_the_real_pdf_and_the_download_is_audited() throws Exception {
    Client viewer = signedIn("viewer");
    String page = viewer.get("/reports?arrangement=LB1&month=2025-09").body();
    assertTrue(page.contains("<th scope=\"row\">Overspend (negative: underspend)</th><td class=\"num\">£40,000.00</td>"), page);
    assertTrue(page.contains("<th scope=\"row\">CCG</th><td class=\"num\">£24,000.00</td>"), page);
    assertTrue(page.contains("<th scope=\"row\">LA</th><td class=\"num\">£16,000.00</td>"), page);
    HttpClient http = HttpClient.newBuilder().cookieHandler(viewer.cookies).build();
    HttpResponse<byte[]> file = http.send(HttpRequest.newBuilder(URI.create(app.base()
        + "/reports/file?report=income-expenditure&arrangement=LB1&board=JB&month=2025-09&format=pdf&units=pounds")).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, file.statusCode());
    assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(file.headers().firstValue("Content-Disposition").orElseThrow().contains("income-expenditure-LB1-2025-09.pdf"));
    try (var pdf = Loader.loadPDF(file.body())) {
      String text = new PDFTextStripper().getText(pdf);
      assertTrue(text.contains("312,000.00") && text.contains("Month 6 (September 2025)"), text);
    }
    assertTrue(audit().contains("income-expenditure LB1 2025-09 pdf"), audit());
  }

  @Test
  void an_unknown_arrangement_on_the_reports_page_is_a_404_shown_above_the_chooser() {
    HttpResponse<String> page = signedIn("viewer").get("/reports?arrangement=NOPE&month=2025-09");
    assertEquals(404, page.statusCode());
    assertTrue(page.body().startsWith("<!doctype html>") && page.body().contains("There is no arrangement &#39;NOPE&#39;"), page.body());
    assertTrue(page.body().contains("id=\"report-chooser\""), page.body());
  }

  static String problemRow(int line, String column, String value) {
    return "<td data-label=\"File\">spend.csv</td><td class=\"num\" data-label=\"Line\">" + line
        + "</td><td data-label=\"Column\">" + column + "</td><td data-label=\"Value\">" + value + "</td>";
  }
}
