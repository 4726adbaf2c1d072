package org.carepool.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The four derived KPIs worked by hand from the {@code area} fixture. A1 serves L1 only: 3,000
 * people, 1,000 of them 65+ in 2025 (the 60-64 band, where the 64-year-olds of R1 and R12 sit, is
 * not 65+). A2 serves every locality: 5,000 people, 1,700 of them 65+. R9 (March 2025) is last
 * year, when the 2024 estimate had 2,000 people in L1, 600 of them 65+. Activity is loaded for
 * April to August 2025 and March 2026 only.
 */
class DerivedKpisTest {
  private static AreaStore store;
  private static PerformanceService service;

  @BeforeAll
  static void load() {
    store = new AreaStore();
    service = new PerformanceService(store.db.dsl());
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void at_month_3_counts_from_april_to_june_are_annualised_by_twelve_thirds() {
    Map<String, KpiFigure> kpis = kpis("A1", "2025-06");
    // R1 (64, NEL) and R2 (65, NEL): 2 × 12/3 = 8 per 3,000 people = 2.666… per 1,000
    assertEquals("2.67", text(kpis, DerivedKpis.NEL));
    // only R2 is NEL and 65+: 6 bed days × 4 = 24 per 1,000 people 65+ = 24.00 per 1,000
    assertEquals("24.00", text(kpis, DerivedKpis.BED_DAYS_65));
    // R3 (74) and R4 (75) in care homes: 2 × 4 = 8 per 1,000 people 65+ = 800 per 100,000
    assertEquals("800.00", text(kpis, DerivedKpis.CARE_HOME_65));
    // 75+: R4 care home 4,000 (institutional) and R5 home care 1,000; R3 and R6 are 74: 4,000 / 5,000
    assertEquals("80.00", text(kpis, DerivedKpis.INSTITUTIONAL_75));
  }

  @Test
  void at_month_12_the_whole_year_counts_once() {
    Map<String, KpiFigure> kpis = kpis("A1", "2026-03");
    assertEquals("1.00", text(kpis, DerivedKpis.NEL)); // R1, R2, R8: 3 per 3,000
    assertEquals("10.00", text(kpis, DerivedKpis.BED_DAYS_65)); // R2 6 + R8 4 = 10 per 1,000 65+
    // R3 (74), R4 (75), R13 (65) in care homes, not R12 (64): 3 per 1,000 65+
    assertEquals("300.00", text(kpis, DerivedKpis.CARE_HOME_65));
    // 75+ institutional: R4 4,000 + R7 1,500 + R8 500 = 6,000 of 7,000
    assertEquals("85.71", text(kpis, DerivedKpis.INSTITUTIONAL_75));
    assertEquals(0, kpis.get(DerivedKpis.INSTITUTIONAL_75).actual()
        .compareTo(new BigDecimal(6000 * 100).divide(new BigDecimal(7000), Figures.PRECISION)));
  }

  @Test
  void an_arrangement_listing_no_locality_covers_the_whole_population() {
    Performance performance = service.performance("A2", YearMonth.parse("2026-03"));
    assertEquals(0, performance.population().compareTo(new BigDecimal(5000)));
    assertEquals(0, performance.population65().compareTo(new BigDecimal(1700)));
    Map<String, KpiFigure> kpis = byCode(performance);
    assertEquals("0.80", text(kpis, DerivedKpis.NEL)); // + S1: 4 per 5,000
    assertEquals("7.65", text(kpis, DerivedKpis.BED_DAYS_65)); // 6 + 4 + 3 = 13 per 1,700
    assertEquals("176.47", text(kpis, DerivedKpis.CARE_HOME_65)); // 3 per 1,700 × 100,000
  }

  @Test
  void the_population_is_that_of_the_mid_year_estimate_of_the_year_the_financial_year_starts() {
    Performance lastYear = service.performance("A1", YearMonth.parse("2025-03"));
    assertEquals(0, lastYear.population().compareTo(new BigDecimal(2000)));
    assertEquals(0, lastYear.population65().compareTo(new BigDecimal(600)));
    Map<String, KpiFigure> kpis = byCode(lastYear);
    assertEquals("0.50", text(kpis, DerivedKpis.NEL)); // R9 alone, month 12: 1 per 2,000
    assertEquals("166.67", text(kpis, DerivedKpis.BED_DAYS_65)); // 100 bed days per 600 aged 65+
  }

  @Test
  void after_the_last_month_with_activity_the_kpis_stay_as_at_that_month_instead_of_dropping() {
    Performance october = service.performance("A1", YearMonth.parse("2025-10"));
    assertEquals(YearMonth.parse("2025-08"), october.activityTo());
    Map<String, KpiFigure> kpis = byCode(october);
    KpiFigure nel = kpis.get(DerivedKpis.NEL);
    // as at August (k = 5), not October (k = 7): R1, R2 × 12 / 5 per 3,000 = 1.6 per 1,000
    assertEquals("1.60", Figures.text(nel.actual()));
    assertEquals(YearMonth.parse("2025-08"), nel.actualMonth());
    assertEquals(Rating.GREEN, nel.rating());
    assertEquals(5, nel.series().size(), "the series stops at August");
    // R3, R4, R13 × 12 / 5 per 1,000 65+ = 7.2 per 1,000 = 720 per 100,000
    assertEquals("720.00", text(kpis, DerivedKpis.CARE_HOME_65));
    assertEquals(List.of("Activity is loaded to August 2025 only: the indicators worked out from activity are as at "
        + "Month 5 (August 2025), counts annualised × 12 / 5. Months after it are not counted as nil.",
        "Delayed discharge days: no value is loaded for October 2025; the latest, for June 2025, is shown and rated.",
        "Still at home 91 days after reablement: no value is loaded for October 2025; the latest, for June 2025, is "
            + "shown and rated."), october.notes());
    assertEquals("106.00", text(kpis, "DTOC"));
    assertEquals(YearMonth.parse("2025-06"), kpis.get("DTOC").actualMonth());
  }

  @Test
  void months_missing_inside_the_period_have_no_value_of_their_own_and_are_named() {
    Performance march = service.performance("A1", YearMonth.parse("2026-03"));
    assertEquals(YearMonth.parse("2026-03"), march.activityTo());
    List<KpiFigure.Point> series = byCode(march).get(DerivedKpis.NEL).series();
    assertEquals(12, series.size());
    assertEquals(Arrays.asList("4.00", "4.00", "2.67", "2.00", "1.60", null, null, null, null, null, null, "1.00"),
        series.stream().map(p -> Figures.text(p.value())).toList());
    assertEquals("No activity is loaded for September 2025, October 2025, November 2025, December 2025, January 2026 "
        + "and February 2026: those months count as nil, so the rates worked out from activity are understated.",
        march.notes().get(0));
  }

  @Test
  void with_no_activity_for_the_year_the_derived_kpis_have_no_value_and_no_rating() {
    Performance before = service.performance("A1", YearMonth.parse("2026-05"));
    assertNull(before.activityTo());
    KpiFigure nel = byCode(before).get(DerivedKpis.NEL);
    assertNull(nel.actual());
    assertNull(nel.rating());
    assertEquals(List.of(), nel.series());
    assertEquals("No activity is loaded for 2026-27 up to May 2026, so the indicators worked out from activity have "
        + "no value yet.", before.notes().get(0));
    // issue 13: before the 2026 estimate is loaded, the 2025 one stands in as a projection
    assertEquals("The 2026 mid-year population estimate is not loaded (not yet published): the 2025 estimate is used "
        + "as a projection for 2026-27, so the rates per head are provisional.", before.notes().get(1));
  }

  @Test
  void the_rating_is_worked_on_the_value_as_shown_so_it_never_contradicts_the_table() {
    // derived KPIs show one decimal: 2.67 shows as 2.7; imported DTOC shows whole numbers as loaded
    Map<String, KpiFigure> kpis = kpis("A1", "2025-06");
    assertEquals(1, kpis.get(DerivedKpis.NEL).decimals());
    assertEquals("2.7", Figures.text(kpis.get(DerivedKpis.NEL).shownActual(), 1));
    assertEquals(0, kpis.get("DTOC").decimals());
    assertEquals(0, PerformanceService.decimals(List.of(new BigDecimal("90"), new BigDecimal("104.0")), null));
    assertEquals(2, PerformanceService.decimals(List.of(new BigDecimal("28.37")), new BigDecimal("29")));
    // an actual of 590.04 shows as 590.0 against a target of 590: met, so GREEN, not AMBER
    KpiFigure shown = new KpiFigure("X", "x", "u", Rating.Better.LOWER, true, new BigDecimal("590"),
        new BigDecimal("590.04"), YearMonth.parse("2025-06"), 1, null, List.of());
    assertEquals(Rating.GREEN, Rating.of(shown.shownActual(), shown.target(), shown.better()));
  }

  @Test
  void the_series_holds_each_month_as_at_that_month() {
    List<KpiFigure.Point> series = kpis("A1", "2025-06").get(DerivedKpis.NEL).series();
    assertEquals(List.of("2025-04", "2025-05", "2025-06"), series.stream().map(p -> p.month().toString()).toList());
    // April: 1 × 12 = 12 per 3,000 = 4.00; May: 2 × 6 = 12 → 4.00; June: 2 × 4 = 8 → 2.67
    assertEquals(List.of("4.00", "4.00", "2.67"), series.stream().map(p -> Figures.text(p.value())).toList());
  }

  @Test
  void targets_and_imported_actuals_are_rated() {
    Map<String, KpiFigure> kpis = kpis("A1", "2025-06");
    assertEquals(Rating.GREEN, kpis.get(DerivedKpis.NEL).rating()); // 2.67 against at most 3
    assertEquals(Rating.RED, kpis.get(DerivedKpis.BED_DAYS_65).rating()); // 24 against 20: 20% over
    assertEquals(Rating.GREEN, kpis.get(DerivedKpis.CARE_HOME_65).rating()); // exactly on 800
    assertNull(kpis.get(DerivedKpis.INSTITUTIONAL_75).rating()); // no target
    assertEquals("106.00", text(kpis, "DTOC"));
    assertEquals(Rating.RED, kpis.get("DTOC").rating()); // 6% over 100
    assertEquals(Rating.AMBER, kpis("A1", "2025-05").get("DTOC").rating()); // 104: 4% over
    assertEquals(Rating.RED, kpis("A1", "2025-06").get("REABLE").rating()); // 75 against 80: 6.25% under
    assertEquals(Rating.AMBER, kpis("A1", "2025-05").get("REABLE").rating()); // 76 against 80: exactly 5% under
    assertEquals(Rating.GREEN, kpis("A1", "2025-04").get("REABLE").rating());
  }

  private static Map<String, KpiFigure> kpis(String arrangement, String month) {
    return byCode(service.performance(arrangement, YearMonth.parse(month)));
  }

  private static Map<String, KpiFigure> byCode(Performance performance) {
    return performance.kpis().stream().collect(Collectors.toMap(KpiFigure::code, Function.identity()));
  }

  private static String text(Map<String, KpiFigure> kpis, String code) {
    return Figures.text(kpis.get(code).actual());
  }
}
