package org.carepool.web;

import io.javalin.http.Context;
import java.time.YearMonth;
import java.util.regex.Pattern;

/** Months in query parameters: ISO {@code YYYY-MM} (SPEC §2); whether data exists for it is for the service to say. */
final class Months {
  private static final Pattern ISO_MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

  private Months() {}

  static YearMonth required(Context ctx, String name) {
    return YearMonth.parse(ctx.queryParamAsClass(name, String.class)
        .check(m -> m != null && ISO_MONTH.matcher(m).matches(), "a month written YYYY-MM, e.g. 2025-09")
        .get());
  }
}
