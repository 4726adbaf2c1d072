package org.carepool.web;

import io.javalin.http.Context;
import java.time.YearMonth;
import java.util.regex.Pattern;

/** Months in query parameters: ISO {@code YYYY-MM} (SPEC §2); whether data exists for it is for the service to say. */
final class Months {
  private static final Pattern ISO_MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 2999;

  private Months() {}

  static YearMonth required(Context ctx, String name) {
    return YearMonth.parse(ctx.queryParamAsClass(name, String.class)
        .check(m -> m != null && ISO_MONTH.matcher(m).matches() && plausibleYear(Integer.parseInt(m.substring(0, 4))),
            "a month written YYYY-MM, e.g. 2025-09, from " + FIRST_YEAR + " to " + LAST_YEAR)
        .get());
  }

  /**
   * Years a pooled budget can have: the store works a year either side of the one asked for, and
   * outside these bounds dates fall off the store's calendar (a 500, not an answer).
   */
  static boolean plausibleYear(int year) {
    return year >= FIRST_YEAR && year <= LAST_YEAR;
  }
}
