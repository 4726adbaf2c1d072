package org.carepool.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carepool.finance.FinancialYear;
import org.carepool.indicators.Mapping;
import org.carepool.indicators.MappingService;
import org.carepool.indicators.PerformanceService;

final class IndicatorsController {
  private static final Pattern YEAR = Pattern.compile("(\\d{4})-(\\d{2})");

  private final PerformanceService performance;
  private final MappingService mapping;

  IndicatorsController(PerformanceService performance, MappingService mapping) {
    this.performance = performance;
    this.mapping = mapping;
  }

  void performance(Context ctx) {
    ctx.json(PerformanceJson.of(performance.performance(ctx.pathParam("code"), Months.required(ctx, "month"))));
  }

  /** {@code year=2025-26}: the whole year; {@code month=2025-09}: April to that month, as a pack shows it. */
  void mapping(Context ctx) {
    boolean byYear = ctx.queryParam("year") != null;
    if (byYear == (ctx.queryParam("month") != null)) {
      throw new BadRequestResponse("give either year=YYYY-YY (the whole financial year, e.g. 2025-26) or "
          + "month=YYYY-MM (April to that month, e.g. 2025-09)");
    }
    String code = ctx.pathParam("code");
    Mapping m = byYear ? mapping.mapping(code, FinancialYear.parse(year(ctx)))
        : mapping.mapping(code, Months.required(ctx, "month"));
    ctx.json(MappingJson.of(m));
  }

  private static String year(Context ctx) {
    return ctx.queryParamAsClass("year", String.class)
        .check(IndicatorsController::financialYear, "a financial year written YYYY-YY, e.g. 2025-26, from "
            + Months.FIRST_YEAR + " to " + Months.LAST_YEAR).get();
  }

  /** "2025-26": four digits, then the last two of the next year. */
  private static boolean financialYear(String value) {
    Matcher m = YEAR.matcher(value);
    return m.matches() && (Integer.parseInt(m.group(1)) + 1) % 100 == Integer.parseInt(m.group(2))
        && Months.plausibleYear(Integer.parseInt(m.group(1)));
  }
}
