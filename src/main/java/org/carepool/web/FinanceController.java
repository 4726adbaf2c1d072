package org.carepool.web;

import io.javalin.http.Context;
import org.carepool.finance.IncomeExpenditureService;

final class FinanceController {
  private final IncomeExpenditureService incomeExpenditure;

  FinanceController(IncomeExpenditureService incomeExpenditure) {
    this.incomeExpenditure = incomeExpenditure;
  }

  void incomeExpenditure(Context ctx) {
    var statement = incomeExpenditure.statement(ctx.pathParam("code"), Months.required(ctx, "month"));
    ctx.json(IncomeExpenditureJson.of(statement));
  }
}
