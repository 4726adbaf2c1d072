package org.carepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.carepool.web.Client;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a load replaced is said where it was loaded: on the Data page and in the API's answer, as on the command line. */
class ImportReplacedTest {
  private static final String ONE_MONTH = "arrangement,scheme,month,amount,organisation,locality\n"
      + "LB1,S1,2025-09,61000.00,CCG,L1\n";
  private static RunningCarepool app;

  @BeforeAll
  static void start() {
    app = new RunningCarepool(RunningCarepool.tempDir()).load(RunningCarepool.resource("finance/lb1"));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void the_api_and_the_data_page_say_which_slices_a_load_replaced() {
    Client.Multipart body = Client.multipart().file("files", "spend.csv", "text/csv", ONE_MONTH);
    HttpResponse<String> api = new Client(app.base()).post("/api/imports", body.contentType(), body.bytes(),
        "Authorization", Client.basic("analyst", RunningCarepool.PASSWORD));
    assertEquals(200, api.statusCode(), api.body());
    assertTrue(api.body().contains("\"replaced\":\"") && api.body().contains("LB1 2025-09"), api.body());

    Client analyst = new Client(app.base());
    assertEquals(303, analyst.signIn("analyst", RunningCarepool.PASSWORD).statusCode());
    Client.Multipart form = Client.multipart().field("csrf", analyst.csrf()).file("files", "spend.csv", "text/csv", ONE_MONTH);
    String page = analyst.post("/data", form.contentType(), form.bytes()).body();
    assertTrue(page.contains("spend.csv: 1 spend row(s), import batch ") && page.contains("LB1 2025-09"), page);
  }
}
