package org.carepool.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the KPIs an arrangement is rated on, direction of travel, last year's value, the
 * in-month value and benchmarks, worked by hand from the {@code travel} fixture. One locality, L1:
 * 2,000 people (1,000 of them 65+) in the 2024 estimate, 2,500 (1,000 65+) in 2025. Non-elective
 * admissions, with bed days of those 65+ in brackets: 2024-25 April 1 (4), May 1 (4), June 3 (4),
 * July 1 (20); 2025-26 April 1 (5), May 3 (10), June 1 (9). T1, the equipment service, lists EQUIP,
 * NEL and bed days 65+ in {@code arrangement_kpis.csv}; T2 lists none.
 */
class KpiTravelTest {
  private static AreaStore store;
  private static PerformanceService service;

  @BeforeAll
  static void load() {
    store = new AreaStore("travel");
    service = new PerformanceService(store.db.dsl());
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void an_arrangement_is_rated_only_on_the_kpis_it_lists_and_one_listing_none_on_all() {
    Map<String, KpiFigure> t1 = kpis("T1");
    // T1 has a care-home target but does not list that KPI: neither shown nor rated
    assertEquals(List.of(DerivedKpis.BED_DAYS_65, DerivedKpis.NEL, "EQUIP"), List.copyOf(t1.keySet()));
    Map<String, KpiFigure> t2 = kpis("T2");
    assertEquals(List.of(DerivedKpis.CARE_HOME_65, DerivedKpis.BED_DAYS_65, DerivedKpis.INSTITUTIONAL_75,
        DerivedKpis.NEL), List.copyOf(t2.keySet()));
    assertEquals(Rating.GREEN, t2.get(DerivedKpis.CARE_HOME_65).rating()); // none in care homes against 500
  }

  @Test
  void a_derived_kpi_moves_against_the_previous_month_and_the_same_month_last_year() {
    KpiFigure nel = kpis("T1").get(DerivedKpis.NEL);
    // June 2025: 5 admissions × 12 / 3 = 20 per 2,500 people = 8.0 per 1,000
    assertEquals("8.0", shown(nel.actual(), nel));
    // May 2025: 4 × 12 / 2 = 24 per 2,500 = 9.6, so lower (better) now
    assertEquals("9.6", shown(nel.previousMonth(), nel));
    // June 2024: 5 × 12 / 3 = 20 per 2,000 = 10.0, so lower (better) now
    assertEquals("10.0", shown(nel.lastYear(), nel));
    assertEquals(new KpiFigure.Travel(Direction.IMPROVED, Direction.IMPROVED), nel.direction());
    // June 2025 alone: 1 × 12 per 2,500 = 4.8 per 1,000
    assertEquals("4.8", shown(nel.inMonth(), nel));
    assertEquals("April\u2013June 2025, annualised", nel.actualLabel());
    assertEquals("June 2025 alone, annualised", nel.inMonthLabel());
    // last year's line: April 1 × 12 = 12 per 2,000 = 6.0; May 2 × 6 = 6.0; June 10.0; July 6 × 3 = 18 → 9.0
    assertEquals(List.of("2024-04 6.0", "2024-05 6.0", "2024-06 10.0", "2024-07 9.0"),
        nel.lastYearSeries().stream().map(p -> p.month() + " " + shown(p.value(), nel)).toList());
  }

  @Test
  void a_rise_in_a_kpi_where_lower_is_better_is_a_worsening() {
    KpiFigure bedDays = kpis("T1").get(DerivedKpis.BED_DAYS_65);
    // 65+ bed days 5 + 10 + 9 = 24 × 4 = 96 per 1,000 aged 65+; May: 15 × 6 = 90; June 2024: 12 × 4 = 48
    assertEquals("96.0", shown(bedDays.actual(), bedDays));
    assertEquals("90.0", shown(bedDays.previousMonth(), bedDays));
    assertEquals("48.0", shown(bedDays.lastYear(), bedDays));
    assertEquals(new KpiFigure.Travel(Direction.WORSENED, Direction.WORSENED), bedDays.direction());
    assertEquals("108.0", shown(bedDays.inMonth(), bedDays)); // 9 × 12 per 1,000
  }

  @Test
  void an_imported_kpi_compares_its_monthly_values_and_carries_the_year_s_benchmarks() {
    KpiFigure equip = kpis("T1").get("EQUIP");
    assertEquals("91.0", shown(equip.actual(), equip));
    assertEquals("91.0", shown(equip.inMonth(), equip));
    assertEquals("June 2025", equip.actualLabel());
    // 91.0 after 92.5 in May (higher is better): worse; against 90.0 in June 2024: better
    assertEquals(new KpiFigure.Travel(Direction.WORSENED, Direction.IMPROVED), equip.direction());
    assertEquals(Rating.AMBER, equip.rating()); // 4 short of 95, within 5% (4.75)
    assertEquals(List.of("England 93.4", "Region 92.1"),
        equip.benchmarks().stream().map(b -> b.label() + " " + shown(b.value(), equip)).toList());
  }

  @Test
  void in_april_there_is_no_previous_month_to_compare_with() {
    KpiFigure nel = byCode(service.performance("T1", YearMonth.parse("2025-04"))).get(DerivedKpis.NEL);
    assertNull(nel.previousMonth());
    assertNull(nel.direction().againstPreviousMonth());
    // April 2025: 1 × 12 per 2,500 = 4.8; April 2024: 1 × 12 per 2,000 = 6.0
    assertEquals(Direction.IMPROVED, nel.direction().againstLastYear());
    assertEquals("April 2025, annualised", nel.actualLabel());
    assertTrue(nel.benchmarks().isEmpty());
    assertFalse(nel.lastYearSeries().isEmpty());
  }

  @Test
  void a_year_whose_estimate_is_not_published_uses_the_latest_as_a_labelled_projection() {
    Performance current = service.performance("T1", YearMonth.parse("2025-06"));
    assertEquals(2025, current.populationYear());
    assertFalse(current.populationProjected());
    Performance next = service.performance("T1", YearMonth.parse("2026-04"));
    assertEquals(2025, next.populationYear());
    assertTrue(next.populationProjected());
    assertEquals(0, next.population().compareTo(java.math.BigDecimal.valueOf(2500)));
    assertTrue(next.notes().contains("The 2026 mid-year population estimate is not loaded (not yet published): the "
        + "2025 estimate is used as a projection for 2026-27, so the rates per head are provisional."), next.notes()
        .toString());
  }

  private static Map<String, KpiFigure> kpis(String arrangement) {
    return byCode(service.performance(arrangement, YearMonth.parse("2025-06")));
  }

  private static Map<String, KpiFigure> byCode(Performance performance) {
    return performance.kpis().stream().collect(Collectors.toMap(KpiFigure::code, Function.identity(), (a, b) -> a,
        java.util.LinkedHashMap::new));
  }

  private static String shown(java.math.BigDecimal value, KpiFigure kpi) {
    return Figures.text(value, kpi.decimals());
  }
}
