package org.carepool.web;

import io.javalin.http.Context;
import java.time.YearMonth;
import java.util.regex.Pattern;

/** Query parameters shared by several routes, validated so that bad input is a 400 naming the parameter. */
final class QueryParams {
  private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

  private QueryParams() {}

  static YearMonth month(Context ctx) {
    String month = ctx.queryParamAsClass("month", String.class)
        .check(value -> MONTH.matcher(value).matches(), "month must be YYYY-MM, e.g. 2025-09")
        .get();
    return YearMonth.parse(month);
  }
}
