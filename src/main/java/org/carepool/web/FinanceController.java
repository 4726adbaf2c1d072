package org.carepool.web;

import io.javalin.http.Context;
import org.carepool.finance.IncomeExpenditureService;
import org.carepool.finance.StatementView;

final class FinanceController {
  private final IncomeExpenditureService incomeExpenditure;

  FinanceController(IncomeExpenditureService incomeExpenditure) {
    this.incomeExpenditure = incomeExpenditure;
  }

  void incomeExpenditure(Context ctx) {
    var statement = incomeExpenditure.statement(ctx.pathParam("code"), Months.required(ctx, "month"), view(ctx));
    ctx.json(IncomeExpenditureJson.of(statement));
  }

  /** {@code as=reported|now} (SPEC §4.9), now when absent. */
  static StatementView view(Context ctx) {
    String as = ctx.queryParamAsClass("as", String.class)
        .check(a -> a == null || a.equals("now") || a.equals("reported"), "reported or now").getOrDefault("now");
    return as.equals("reported") ? StatementView.REPORTED : StatementView.NOW;
  }
}
