package org.carepool.ingest;

import static org.carepool.db.generated.Tables.BUDGET;

import java.util.List;
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
    Object[] values = values(row);
    keys.add(row, values[0], values[1], values[2]);
    catalogue.checkYearWithin(row, (String) values[0], (Integer) values[2]);
  }

  private Object[] values(Row row) {
    String arrangement = SchemeRef.arrangement(row, catalogue);
    return new Object[] {arrangement, SchemeRef.scheme(row, catalogue, arrangement),
        row.financialYear("financial_year"), row.money("amount", false), null};
  }

  @Override
  public String write(WriteContext out) {
    return out.replaceKeys(BUDGET, FIELDS, keys.all(), this::values);
  }
}
