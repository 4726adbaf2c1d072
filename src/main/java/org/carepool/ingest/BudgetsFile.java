package org.carepool.ingest;

import static org.carepool.db.generated.Tables.BUDGET;

import java.util.List;
import org.carepool.db.generated.tables.records.BudgetRecord;
import org.jooq.Field;

/** {@code budgets.csv}: a scheme's annual budget (≥ 0); upserted by key. */
final class BudgetsFile implements EntityFile {
  private static final List<Field<?>> FIELDS = List.of(BUDGET.ARRANGEMENT, BUDGET.SCHEME, BUDGET.FINANCIAL_YEAR,
      BUDGET.AMOUNT, BUDGET.IMPORT_BATCH);

  private final Catalogue catalogue;
  private final Keys keys = new Keys("arrangement", 2);

  BudgetsFile(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void check(Row row) {
    BudgetRecord budget = values(row);
    keys.add(row, budget.getArrangement(), budget.getScheme(), budget.getFinancialYear());
    catalogue.checkYearWithin(row, budget.getArrangement(), budget.getFinancialYear());
  }

  private BudgetRecord values(Row row) {
    BudgetRecord budget = new BudgetRecord();
    budget.setArrangement(SchemeRef.arrangement(row, catalogue));
    budget.setScheme(SchemeRef.scheme(row, catalogue, budget.getArrangement()));
    budget.setFinancialYear(row.financialYear("financial_year"));
    budget.setAmount(row.money("amount", false));
    return budget;
  }

  @Override
  public String write(WriteContext out) {
    return out.replaceKeys(BUDGET, FIELDS, keys.all(), this::values);
  }
}
