package org.carepool.ingest;

import static org.carepool.db.generated.Tables.POOL_RESERVE;

import java.util.List;
import org.carepool.db.generated.tables.records.PoolReserveRecord;
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
    PoolReserveRecord reserve = values(row);
    String arrangement = reserve.getArrangement();
    keys.add(row, arrangement, reserve.getFinancialYear());
    catalogue.checkYearWithin(row, arrangement, reserve.getFinancialYear());
    if (arrangement != null && catalogue.isAligned(arrangement)) {
      row.problem("arrangement", arrangement, "arrangement " + arrangement
          + " is ALIGNED: it has no pool, so it has no pool reserve");
    }
  }

  private PoolReserveRecord values(Row row) {
    PoolReserveRecord reserve = new PoolReserveRecord();
    reserve.setArrangement(row.requiredCode("arrangement", catalogue.arrangementCodes(), "arrangement"));
    reserve.setFinancialYear(row.financialYear("financial_year"));
    reserve.setOpeningBalance(row.money("opening_balance", false));
    return reserve;
  }

  @Override
  public String write(WriteContext out) {
    return out.replaceKeys(POOL_RESERVE, FIELDS, keys.all(), this::values);
  }
}
