package org.carepool.ingest;

import static org.carepool.db.generated.Tables.KPI_ACTUAL;

import java.util.List;
import org.carepool.db.generated.tables.records.KpiActualRecord;
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
    KpiActualRecord actual = values(row);
    String kpi = actual.getKpi();
    if (kpi != null && catalogue.isDerivedKpi(kpi)) {
      row.problem("kpi", kpi, "'" + kpi + "' is derived from activity and population; actuals cannot be imported");
    }
    catalogue.checkMonthWithin(row, actual.getArrangement(), actual.getMonth());
    keys.add(row, actual.getArrangement(), kpi, actual.getMonth());
  }

  private KpiActualRecord values(Row row) {
    KpiActualRecord actual = new KpiActualRecord();
    actual.setArrangement(row.requiredCode("arrangement", catalogue.arrangementCodes(), "arrangement"));
    actual.setKpi(row.requiredCode("kpi", catalogue.kpis(), "KPI"));
    actual.setMonth(row.month("month"));
    actual.setActualValue(row.measure("value"));
    return actual;
  }

  @Override
  public String write(WriteContext out) {
    return out.replaceKeys(KPI_ACTUAL, FIELDS, keys.all(), this::values);
  }
}
