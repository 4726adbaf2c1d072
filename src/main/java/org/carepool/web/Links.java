package org.carepool.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

/** The site's own addresses, built in one place so that every code in a link is encoded the same way. */
final class Links {
  private Links() {}

  /** A value as a query parameter or path segment carries it. */
  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The Reports page at an arrangement and month. */
  static String reports(String code, YearMonth month) {
    return "/reports?arrangement=" + enc(code) + "&month=" + month;
  }

  /** A report's download, e.g. {@code /reports/file?report=performance&arrangement=…&month=…&format=pdf}. */
  static String file(String report, String code, YearMonth month, String format) {
    return "/reports/file?report=" + report + "&arrangement=" + enc(code) + "&month=" + month + "&format=" + format;
  }

  /** A report's figures as JSON, e.g. {@code /api/arrangements/…/income-expenditure?month=…}. */
  static String json(String report, String code, YearMonth month) {
    return "/api/arrangements/" + enc(code) + "/" + report + "?month=" + month;
  }

  /** An arrangement's page. */
  static String arrangement(String code) {
    return "/arrangements/" + enc(code);
  }
}
