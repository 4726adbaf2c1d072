package org.carepool.ingest;

import static org.carepool.db.generated.Tables.KPI_BENCHMARK;

import java.util.List;
import org.carepool.db.generated.tables.records.KpiBenchmarkRecord;
import org.jooq.Field;

/** {@code kpi_benchmarks.csv}: published comparators of a KPI for a year (e.g. England, Region); replaced by key. */
final class KpiBenchmarksFile implements EntityFile {
  /** The column the store keeps for a label: long enough for "North East and Yorkshire average". */
  private static final int LABEL_LENGTH = 60;
  private static final List<Field<?>> FIELDS = List.of(KPI_BENCHMARK.KPI, KPI_BENCHMARK.FINANCIAL_YEAR,
      KPI_BENCHMARK.LABEL, KPI_BENCHMARK.BENCHMARK_VALUE, KPI_BENCHMARK.IMPORT_BATCH);

  private final Catalogue catalogue;
  private final Keys keys = new Keys("kpi", 1);

  KpiBenchmarksFile(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void check(Row row) {
    KpiBenchmarkRecord benchmark = values(row);
    keys.add(row, benchmark.getKpi(), benchmark.getFinancialYear(), benchmark.getLabel());
  }

  private KpiBenchmarkRecord values(Row row) {
    KpiBenchmarkRecord benchmark = new KpiBenchmarkRecord();
    benchmark.setKpi(row.requiredCode("kpi", catalogue.kpis(), "KPI"));
    benchmark.setFinancialYear(row.financialYear("financial_year"));
    benchmark.setLabel(row.required("label", LABEL_LENGTH));
    benchmark.setBenchmarkValue(row.measure("value"));
    return benchmark;
  }

  @Override
  public String write(WriteContext out) {
    return out.replaceKeys(KPI_BENCHMARK, FIELDS, keys.all(), this::values);
  }
}
