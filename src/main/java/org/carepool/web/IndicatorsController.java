package org.carepool.web;

import io.javalin.http.Context;
import org.carepool.finance.FinancialYear;
import org.carepool.indicators.MappingService;
import org.carepool.indicators.PerformanceService;

final class IndicatorsController {
  private final PerformanceService performance;
  private final MappingService mapping;

  IndicatorsController(PerformanceService performance, MappingService mapping) {
    this.performance = performance;
    this.mapping = mapping;
  }

  void performance(Context ctx) {
    ctx.json(PerformanceJson.of(performance.performance(ctx.pathParam("code"), Months.required(ctx, "month"))));
  }

  void mapping(Context ctx) {
    String year = ctx.queryParamAsClass("year", String.class)
        .check(value -> value != null && value.matches("\\d{4}-\\d{2}"), "year must be YYYY-YY, e.g. 2025-26").get();
    ctx.json(MappingJson.of(mapping.mapping(ctx.pathParam("code"), FinancialYear.parse(year))));
  }
}
