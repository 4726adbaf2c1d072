package org.carepool.ingest;

import static org.carepool.db.generated.Tables.KPI_TARGET;

import java.util.List;
import org.jooq.Field;

/** {@code kpi_targets.csv}: yearly targets of any known KPI, derived or imported; upserted by key. */
final class KpiTargetsFile implements EntityFile {
  private static final List<Field<?>> FIELDS = List.of(KPI_TARGET.ARRANGEMENT, KPI_TARGET.KPI,
      KPI_TARGET.FINANCIAL_YEAR, KPI_TARGET.TARGET, KPI_TARGET.IMPORT_BATCH);

  private final Catalogue catalogue;
  private final Keys keys = new Keys("arrangement", 2);

  KpiTargetsFile(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void check(Row row) {
    Object[] values = values(row);
    keys.add(row, values[0], values[1], values[2]);
    catalogue.checkYearWithin(row, (String) values[0], (Integer) values[2]);
  }

  private Object[] values(Row row) {
    return new Object[] {row.requiredCode("arrangement", catalogue.arrangementCodes, "arrangement"),
        row.requiredCode("kpi", catalogue.kpis, "KPI"), row.financialYear("financial_year"),
        row.measure("target"), null};
  }

  @Override
  public String write(WriteContext out) {
    return out.replaceKeys(KPI_TARGET, FIELDS, keys.all(), this::values);
  }
}
