package org.carepool.ingest;

import static org.carepool.db.generated.Tables.ARRANGEMENT_KPI;
import static org.carepool.db.generated.Tables.KPI_BENCHMARK;
import static org.carepool.ingest.TestStore.csv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code arrangement_kpis.csv} and {@code kpi_benchmarks.csv} (issue 13): stored, replaced on re-load, every problem named. */
class KpiChoiceImportTest {
  static final String CHOICE = "arrangement,kpi";
  static final String BENCHMARKS = "kpi,financial_year,label,value";
  private final TestStore store = new TestStore();

  @BeforeEach
  void load_the_valid_folder() {
    store.loadValid();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void an_arrangement_s_list_is_replaced_whole_and_others_are_left_alone() {
    store.load(csv("arrangement_kpis.csv", CHOICE, "LB1,DTOC_DAYS", "LB1,NEL_ADMISSIONS_PER_1000", "AL1,DTOC_DAYS"));
    ImportResult again = store.load(csv("arrangement_kpis.csv", CHOICE, "LB1,EMERGENCY_BED_DAYS_PER_1000_65PLUS"));
    assertEquals(List.of("AL1 DTOC_DAYS", "LB1 EMERGENCY_BED_DAYS_PER_1000_65PLUS"), choices());
    assertEquals("KPIs of 1 arrangement(s) replaced: 1 rows [LB1]", again.files().get(0).replaced());
  }

  @Test
  void benchmarks_are_replaced_by_kpi_year_and_label() {
    store.load(csv("kpi_benchmarks.csv", BENCHMARKS, "DTOC_DAYS,2025-26,England,98.4",
        "DTOC_DAYS,2025-26,Region,101"));
    store.load(csv("kpi_benchmarks.csv", BENCHMARKS, "DTOC_DAYS,2025-26,England,97.0",
        "NEL_ADMISSIONS_PER_1000,2024-25,England,104.5"));
    assertEquals(List.of("DTOC_DAYS 2025 England 97.0000", "DTOC_DAYS 2025 Region 101.0000",
        "NEL_ADMISSIONS_PER_1000 2024 England 104.5000"), benchmarks());
  }

  @Test
  void every_bad_row_is_named_and_nothing_of_the_load_is_written() {
    ImportRejected rejected = assertThrows(ImportRejected.class, () -> store.load(
        csv("arrangement_kpis.csv", CHOICE, "LB9,DTOC_DAYS", "LB1,NOT_A_KPI", "LB1,DTOC_DAYS", "LB1,DTOC_DAYS",
            "LB1,"),
        csv("kpi_benchmarks.csv", BENCHMARKS, "DTOC_DAYS,2025,England,98", "DTOC_DAYS,2025-26,,98",
            "DTOC_DAYS,2025-26,England,lots", "NOPE,2025-26,England,1", "DTOC_DAYS,2025-26,Region,1",
            "DTOC_DAYS,2025-26,Region,2")));
    assertEquals(List.of(
        "arrangement_kpis.csv line 2, column arrangement: unknown arrangement 'LB9'",
        "arrangement_kpis.csv line 3, column kpi: unknown KPI 'NOT_A_KPI'",
        "arrangement_kpis.csv line 5, column arrangement: duplicate key (LB1, DTOC_DAYS): also on line 4",
        "arrangement_kpis.csv line 6, column kpi: a value is required",
        "kpi_benchmarks.csv line 2, column financial_year: '2025' is not a financial year written YYYY-YY, e.g. 2025-26",
        "kpi_benchmarks.csv line 3, column label: a value is required",
        "kpi_benchmarks.csv line 4, column value: 'lots' is not a number",
        "kpi_benchmarks.csv line 5, column kpi: unknown KPI 'NOPE'",
        "kpi_benchmarks.csv line 7, column kpi: duplicate key (DTOC_DAYS, 2025-26, Region): also on line 6"),
        rejected.problems().stream().map(Problem::toString).toList());
    assertEquals(0, store.db.dsl().fetchCount(ARRANGEMENT_KPI));
    assertEquals(0, store.db.dsl().fetchCount(KPI_BENCHMARK));
  }

  private List<String> choices() {
    return store.db.dsl().selectFrom(ARRANGEMENT_KPI).orderBy(ARRANGEMENT_KPI.ARRANGEMENT, ARRANGEMENT_KPI.KPI)
        .fetch(r -> r.getArrangement() + " " + r.getKpi());
  }

  private List<String> benchmarks() {
    return store.db.dsl().selectFrom(KPI_BENCHMARK)
        .orderBy(KPI_BENCHMARK.KPI, KPI_BENCHMARK.FINANCIAL_YEAR, KPI_BENCHMARK.LABEL)
        .fetch(r -> r.getKpi() + " " + r.getFinancialYear() + " " + r.getLabel() + " " + r.getBenchmarkValue());
  }
}
