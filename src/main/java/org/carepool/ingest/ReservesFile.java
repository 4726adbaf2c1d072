package org.carepool.ingest;

import static org.carepool.db.generated.Tables.POOL_RESERVE;

import java.util.List;
import org.jooq.Field;

/**
 * {@code reserves.csv}: a pool's opening reserve for a financial year (SPEC §4.4), never negative
 * (a reserve is money set aside, not a debt); replaced by key (arrangement, financial year). An
 * ALIGNED arrangement has no pool and so no pool reserve.
 */
final class ReservesFile implements EntityFile {
  private static final List<Field<?>> FIELDS = List.of(POOL_RESERVE.ARRANGEMENT, POOL_RESERVE.FINANCIAL_YEAR,
      POOL_RESERVE.OPENING_BALANCE, POOL_RESERVE.IMPORT_BATCH);

  private final Catalogue catalogue;
  private final Keys keys = new Keys("arrangement", 1);

  ReservesFile(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void check(Row row) {
    Object[] values = values(row);
    String arrangement = (String) values[0];
    keys.add(row, arrangement, values[1]);
    catalogue.checkYearWithin(row, arrangement, (Integer) values[1]);
    if (arrangement != null && catalogue.isAligned(arrangement)) {
      row.problem("arrangement", arrangement, "arrangement " + arrangement
          + " is ALIGNED: it has no pool, so it has no pool reserve");
    }
  }

  private Object[] values(Row row) {
    return new Object[] {SchemeRef.arrangement(row, catalogue), row.financialYear("financial_year"),
        row.money("opening_balance", false), null};
  }

  @Override
  public String write(WriteContext out) {
    return out.replaceKeys(POOL_RESERVE, FIELDS, keys.all(), this::values);
  }
}
