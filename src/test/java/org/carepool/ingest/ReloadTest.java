package org.carepool.ingest;

import static org.carepool.db.generated.Tables.ACTIVITY;
import static org.carepool.db.generated.Tables.ACTIVITY_MONTH;
import static org.carepool.db.generated.Tables.ACTIVITY_PRACTICE_SUMMARY;
import static org.carepool.db.generated.Tables.AGREED_SHARE;
import static org.carepool.db.generated.Tables.FORECAST;
import static org.carepool.db.generated.Tables.KPI_ACTUAL;
import static org.carepool.db.generated.Tables.SPEND;
import static org.carepool.ingest.TestStore.csv;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Re-loading is idempotent: each file kind replaces exactly what SPEC §3 says, nothing more. */
class ReloadTest {
  private static final String SPEND_HEADER = "arrangement,scheme,month,amount,organisation,locality";
  private static final String ACTIVITY_HEADER =
      "record_id,month,patient_id,practice,age,sex,setting,admission_type,specialty,site,bed_days,cost";
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
  void loading_the_same_folder_twice_leaves_the_same_rows_and_totals() {
    Map<String, Integer> once = store.counts();
    BigDecimal spendOnce = spendTotal();

    store.loadValid();

    assertEquals(once, store.counts());
    assertEquals(spendOnce, spendTotal());
    assertEquals(40, store.batches().size());
  }

  @Test
  void spend_replaces_exactly_the_arrangement_month_slices_in_the_file() {
    ImportResult result = store.load(csv("spend.csv", SPEND_HEADER,
        "LB1,S1,2025-05,1000.00,CCG,", "LB1,S2,2025-05,2000.00,LA,EAST"));

    assertEquals(new BigDecimal("3000.00"), spendTotal("LB1", "2025-05"));
    assertEquals(new BigDecimal("80000.00"), spendTotal("LB1", "2025-04"), "other months untouched");
    assertEquals(new BigDecimal("12000.00"), spendTotal("AL1", "2025-04"), "other arrangements untouched");
    assertEquals("1 (arrangement, month) slice(s) replaced (2 rows out, 2 in): LB1 2025-05",
        result.files().get(0).replaced());
  }

  @Test
  void forecasts_reload_by_key() {
    store.load(csv("forecasts.csv", "arrangement,scheme,month,forecast_outturn", "LB1,S1,2025-05,770000.00",
        "LB1,S1,2025-06,780000.00"));

    assertEquals(List.of(new BigDecimal("770000.00"), new BigDecimal("280000.00"), new BigDecimal("780000.00")),
        store.db.dsl().select(FORECAST.FORECAST_OUTTURN).from(FORECAST)
            .orderBy(FORECAST.MONTH, FORECAST.SCHEME).fetch(FORECAST.FORECAST_OUTTURN));
  }

  @Test
  void kpi_actuals_reload_by_key() {
    store.load(csv("kpi_actuals.csv", "arrangement,kpi,month,value", "LB1,DTOC_DAYS,2025-05,99.5"));

    assertEquals(List.of(new BigDecimal("130.2500"), new BigDecimal("99.5000")), store.db.dsl()
        .select(KPI_ACTUAL.ACTUAL_VALUE).from(KPI_ACTUAL).orderBy(KPI_ACTUAL.MONTH).fetch(KPI_ACTUAL.ACTUAL_VALUE));
  }

  @Test
  void agreed_shares_replace_the_whole_set_of_each_arrangement_in_the_file() {
    store.load(csv("agreed_shares.csv", "arrangement,organisation,share_pct", "LB1,LA,50", "LB1,CCG,50"));

    assertEquals(List.of("CCG 50.000000", "LA 50.000000"), store.db.dsl()
        .select(AGREED_SHARE.ORGANISATION, AGREED_SHARE.SHARE_PCT).from(AGREED_SHARE)
        .orderBy(AGREED_SHARE.ORGANISATION).fetch(r -> r.value1() + " " + r.value2()));
  }

  @Test
  void activity_reload_of_a_month_replaces_only_that_month() {
    ImportResult result = store.load(csv("activity.csv", ACTIVITY_HEADER,
        "R3,2025-05,PAT1,P1,70,M,REABLEMENT,NONE,,,0,100.00", "R5,2025-05,PAT5,P2,90,F,HOME_CARE,NONE,,,0,50.00",
        "R6,2025-05,PAT6,P2,91,F,HOME_CARE,NONE,,,0,50.00"));

    assertEquals(List.of("R1", "R2", "R3", "R5", "R6"), store.db.dsl().select(ACTIVITY.RECORD_ID).from(ACTIVITY)
        .orderBy(ACTIVITY.RECORD_ID).fetch(ACTIVITY.RECORD_ID));
    long batch = result.files().get(0).importBatch();
    assertEquals(List.of(2, 3), store.db.dsl().select(ACTIVITY_MONTH.ROW_COUNT).from(ACTIVITY_MONTH)
        .orderBy(ACTIVITY_MONTH.MONTH).fetch(ACTIVITY_MONTH.ROW_COUNT));
    assertEquals(batch, store.db.dsl().select(ACTIVITY_MONTH.IMPORT_BATCH).from(ACTIVITY_MONTH)
        .where(ACTIVITY_MONTH.MONTH.eq(LocalDate.of(2025, 5, 1))).fetchOne(ACTIVITY_MONTH.IMPORT_BATCH));
    String replaced = "1 month(s), 3 rows: 2025-05; replaced 2025-05 (2 rows out, 3 in)";
    assertEquals(replaced, result.files().get(0).replaced());
    assertEquals(replaced, store.importer.recentBatches(1).get(0).replaced(), "kept in the import history");
  }

  @Test
  void an_arrangement_update_says_what_it_changed() {
    ImportResult result = store.load(csv("arrangements.csv",
        "code,name,board,model,host,start_date,end_date,risk_share,legal_basis",
        "AL1,Aligned budget,HWB,LEAD_BODY,CCG,2025-04-01,,SHARES,"));

    assertEquals("0 added, 1 updated; changed: AL1 model ALIGNED → LEAD_BODY, AL1 host (none) → CCG, "
        + "AL1 risk_share OWN → SHARES", result.files().get(0).replaced());
  }

  @Test
  void a_practice_moving_locality_is_named_and_its_summaries_rebuilt() {
    ImportResult result = store.load(csv("practices.csv", "code,name,locality", "P2,Oak Practice,WEST"));

    assertEquals("0 added, 1 updated; 1 practice(s) moved locality (P2 EAST → WEST): population and activity "
        + "summaries rebuilt under the new localities", result.files().get(0).replaced());
    assertEquals(List.of("WEST"), store.db.dsl().select(ACTIVITY_PRACTICE_SUMMARY.LOCALITY)
        .from(ACTIVITY_PRACTICE_SUMMARY).where(ACTIVITY_PRACTICE_SUMMARY.PRACTICE.eq("P2"))
        .fetch(ACTIVITY_PRACTICE_SUMMARY.LOCALITY));
  }

  private BigDecimal spendTotal() {
    return store.db.dsl().select(DSL.sum(SPEND.AMOUNT)).from(SPEND).fetchOne(0, BigDecimal.class);
  }

  private BigDecimal spendTotal(String arrangement, String month) {
    return store.db.dsl().select(DSL.sum(SPEND.AMOUNT)).from(SPEND).where(SPEND.ARRANGEMENT.eq(arrangement),
        SPEND.MONTH.eq(LocalDate.parse(month + "-01"))).fetchOne(0, BigDecimal.class);
  }
}
