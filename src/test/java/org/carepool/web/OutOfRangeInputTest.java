package org.carepool.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 16, finding 8: input that passes the shape checks but that the service cannot take (a pack
 * file kind other than pdf/xlsx, a year that falls off the store's calendar) is a 400 naming the
 * parameter, not a 500.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutOfRangeInputTest {
  private static final String[] VIEWER = {"Authorization", Client.basic("viewer", "viewer-password")};

  private final WebFixture fixture = new WebFixture();

  @AfterAll
  void stop() {
    fixture.close();
  }

  @Test
  void a_pack_file_kind_other_than_pdf_or_xlsx_is_a_400() {
    for (String kind : new String[] {"exe", "PDF", "", "..%2Fpdf"}) {
      HttpResponse<String> response = new Client(fixture.base()).get("/api/packs/1?file=" + kind, VIEWER);
      assertEquals(400, response.statusCode(), kind + ": " + response.body());
      assertTrue(response.body().contains("file"), response.body());
    }
  }

  @Test
  void a_year_or_month_off_the_store_s_calendar_is_a_400() {
    for (String query : new String[] {"year=0001-02", "year=9999-00", "month=0001-02", "month=9999-12"}) {
      HttpResponse<String> response = new Client(fixture.base()).get("/api/boards/JB/mapping?" + query, VIEWER);
      assertEquals(400, response.statusCode(), query + ": " + response.body());
      assertFalse(response.body().contains("Exception"), response.body());
    }
    HttpResponse<String> report = new Client(fixture.base())
        .get("/api/reports/income-expenditure?arrangement=LB1&month=0001-02&format=csv", VIEWER);
    assertEquals(400, report.statusCode(), report.body());
  }
}
