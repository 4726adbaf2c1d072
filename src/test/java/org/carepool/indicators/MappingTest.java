package org.carepool.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.carepool.finance.FinancialYear;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Board B1's mapping for 2025-26 from the {@code area} fixture, worked by hand. A2 lists no
 * locality, so the board's population is the whole area: L1 (P1) and L2 (P2).
 */
class MappingTest {
  private static AreaStore store;
  private static Mapping mapping;

  @BeforeAll
  static void load() {
    store = new AreaStore();
    mapping = new MappingService(store.db.dsl()).mapping("B1", FinancialYear.parse("2025-26"));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  /**
   * Area cost per head by band × sex: 20-24 F 400/1,800; 60-64 M 1,700/1,500 (R1, R12); 65-69 F
   * 3,400/1,000 (R2, S1, R13); 70-74 F 3,500/300; 75-79 M 7,000/400. Expected L1 = 1,000×400/1,800 +
   * 1,000×1,700/1,500 + 500×3.4 + 200×3,500/300 + 300×17.5 = 95,750/9 = 10,638.89; L2 = 800×400/1,800 +
   * 500×1,700/1,500 + 500×3.4 + 100×3,500/300 + 100×17.5 = 48,250/9 = 5,361.11 (together the area's
   * 16,000). Ratio L1 = 15,000 ÷ 10,638.89 × 100 = 140.99; L2 = 1,000 ÷ 5,361.11 × 100 = 18.65.
   */
  @Test
  void the_standardised_ratio_compares_each_locality_with_the_area_rates_applied_to_its_people() {
    List<Mapping.Area> localities = mapping.byLocality();
    assertEquals(List.of("L1", "L2"), localities.stream().map(Mapping.Area::code).toList());
    Mapping.Area north = localities.get(0);
    Mapping.Area south = localities.get(1);
    assertEquals("15000.00", Figures.text(north.cost()));
    assertEquals("10638.89", Figures.text(north.expected()));
    assertEquals("140.99", Figures.text(north.standardisedRatio()));
    assertEquals("5361.11", Figures.text(south.expected()));
    assertEquals("18.65", Figures.text(south.standardisedRatio()));
    assertEquals("5.00", Figures.text(north.perCapita())); // 15,000 / 3,000
    assertEquals("0.50", Figures.text(south.perCapita())); // 1,000 / 2,000
    assertEquals("16000.00", Figures.text(mapping.cost()));
  }

  @Test
  void balance_of_care_splits_institutional_from_community_and_compares_care_home_with_home_care_for_75_plus() {
    Mapping.Balance b = mapping.balance();
    // institutional: R1 1,000 + R2 2,000 + R3 3,000 + R4 4,000 + R7 1,500 + R8 500 + S1 600 + R12 700
    // + R13 800 = 14,100
    assertEquals("14100.00", Figures.text(b.institutional()));
    assertEquals("1900.00", Figures.text(b.community())); // R5 1,000 + R6 500 + S2 400
    assertEquals("6000.00", Figures.text(b.institutional75()));
    assertEquals("1000.00", Figures.text(b.community75()));
    assertEquals("4.00", Figures.text(b.careHomeToHomeCare75())); // R4 4,000 : R5 1,000
  }

  @Test
  void bed_days_become_equivalent_beds_at_85_percent_occupancy_and_40_bed_wards() {
    // April 2025 to March 2026 has R1, R2, R8 and S1 loaded: their months are the period covered
    assertEquals(List.of("2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2026-03"),
        mapping.months().stream().map(YearMonth::toString).toList());
    long days = 30 + 31 + 30 + 31 + 31 + 31;
    assertEquals(days, mapping.days());
    Mapping.Beds gen300 = mapping.beds().stream()
        .filter(b -> b.site().equals("GEN") && b.specialty().equals("300")).findFirst().orElseThrow();
    assertEquals(19, gen300.bedDays()); // R1 10 + R2 6 + S1 3
    BigDecimal beds = new BigDecimal(19).divide(new BigDecimal(days).multiply(new BigDecimal("0.85")),
        Figures.PRECISION);
    assertEquals(0, gen300.beds85().compareTo(beds));
    assertEquals("0.12", Figures.text(gen300.beds85())); // 19 / (184 × 0.85) = 19 / 156.4
    assertEquals(0, gen300.wards40().compareTo(beds.divide(new BigDecimal(40), Figures.PRECISION)));
  }

  @Test
  void per_capita_cost_by_practice_and_by_setting() {
    assertEquals(List.of("5.00", "0.50"), mapping.byPractice().stream().map(a -> Figures.text(a.perCapita())).toList());
    Mapping.Setting acute = mapping.bySetting().get(0);
    assertEquals("ACUTE", acute.setting());
    assertEquals("5600.00", Figures.text(acute.cost())); // 1,000 + 2,000 + 1,500 + 500 + 600
    assertEquals("1.12", Figures.text(acute.perCapita())); // / 5,000
    assertEquals("35.00", Figures.text(acute.share())); // 5,600 of 16,000
    Mapping.Setting careHome = mapping.bySetting().get(3);
    assertEquals("CARE_HOME", careHome.setting());
    assertEquals("Care home (residential, nursing)", careHome.name());
    assertEquals("8500.00", Figures.text(careHome.cost())); // R3 3,000 + R4 4,000 + R12 700 + R13 800
    assertEquals("53.13", Figures.text(careHome.share())); // 8,500 of 16,000 = 53.125
    assertEquals("institutional", careHome.balance());
    assertEquals("100.00", Figures.text(mapping.bySetting().stream().map(Mapping.Setting::share)
        .reduce(BigDecimal.ZERO, BigDecimal::add)));
  }

  @Test
  void per_capita_cost_by_age_band_and_sex_covers_every_band_women_first_with_the_2025_population() {
    List<Mapping.AgeSex> cells = mapping.byAgeSex();
    assertEquals(36, cells.size()); // 18 bands × 2 sexes
    assertEquals("0-4", cells.get(0).ageBand());
    assertEquals("F", cells.get(0).sex());
    Mapping.AgeSex men60 = cells.stream().filter(a -> a.ageBand().equals("60-64") && a.sex().equals("M"))
        .findFirst().orElseThrow();
    assertEquals(0, men60.population().compareTo(new BigDecimal(1500))); // P1 1,000 + P2 500 in 2025, not 2024
    assertEquals("1700.00", Figures.text(men60.cost())); // R1 1,000 + R12 700 (aged 64)
    assertEquals("1.13", Figures.text(men60.perCapita()));
    Mapping.AgeSex women65 = cells.stream().filter(a -> a.ageBand().equals("65-69") && a.sex().equals("F"))
        .findFirst().orElseThrow();
    assertEquals("3400.00", Figures.text(women65.cost())); // R2 2,000 + S1 600 + R13 800 (aged 65)
    assertEquals("3.40", Figures.text(women65.perCapita())); // per 1,000
    assertEquals(0, mapping.population().compareTo(new BigDecimal(5000)));
  }

  @Test
  void the_whole_year_is_complete_only_when_twelve_months_are_loaded_and_names_the_months_missing() {
    assertEquals(false, mapping.complete());
    assertEquals(List.of("2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02"),
        mapping.missingMonths().stream().map(YearMonth::toString).toList());
  }
}
