package org.carepool.ingest;

import static org.carepool.db.generated.Tables.KPI_TARGET;

import java.util.List;
import org.carepool.db.generated.tables.records.KpiTargetRecord;
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
    KpiTargetRecord target = values(row);
    keys.add(row, target.getArrangement(), target.getKpi(), target.getFinancialYear());
    catalogue.checkYearWithin(row, target.getArrangement(), target.getFinancialYear());
  }

  private KpiTargetRecord values(Row row) {
    KpiTargetRecord target = new KpiTargetRecord();
    target.setArrangement(row.requiredCode("arrangement", catalogue.arrangementCodes(), "arrangement"));
    target.setKpi(row.requiredCode("kpi", catalogue.kpis(), "KPI"));
    target.setFinancialYear(row.financialYear("financial_year"));
    target.setTarget(row.measure("target"));
    return target;
  }

  @Override
  public String write(WriteContext out) {
    return out.replaceKeys(KPI_TARGET, FIELDS, keys.all(), this::values);
  }
}
