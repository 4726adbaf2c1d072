package org.carepool.ingest;

import static org.carepool.db.generated.Tables.KPI_ACTUAL;

import java.time.LocalDate;
import java.util.List;
import org.jooq.Field;

/** {@code kpi_actuals.csv}: monthly values of imported (not derived) KPIs; replaced by key. */
final class KpiActualsFile implements EntityFile {
  private static final List<Field<?>> FIELDS = List.of(KPI_ACTUAL.ARRANGEMENT, KPI_ACTUAL.KPI, KPI_ACTUAL.MONTH,
      KPI_ACTUAL.ACTUAL_VALUE, KPI_ACTUAL.IMPORT_BATCH);

  private final Catalogue catalogue;
  private final Keys keys = new Keys("arrangement");

  KpiActualsFile(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void check(Row row) {
    Object[] values = values(row);
    String kpi = (String) values[1];
    if (kpi != null && catalogue.derivedKpis.contains(kpi)) {
      row.problem("kpi", kpi, "'" + kpi + "' is derived from activity and population; actuals cannot be imported");
    }
    catalogue.checkMonthWithin(row, (String) values[0], (LocalDate) values[2]);
    keys.add(row, values[0], values[1], values[2]);
  }

  private Object[] values(Row row) {
    return new Object[] {row.requiredCode("arrangement", catalogue.arrangementCodes, "arrangement"),
        row.requiredCode("kpi", catalogue.kpis, "KPI"), row.month("month"), row.measure("value"), null};
  }

  @Override
  public String write(WriteContext out) {
    return out.replaceKeys(KPI_ACTUAL, FIELDS, keys.all(), this::values);
  }
}
