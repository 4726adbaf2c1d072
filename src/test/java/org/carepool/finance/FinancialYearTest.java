package org.carepool.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class FinancialYearTest {

  @Test
  void april_starts_the_year_and_is_month_1() {
    YearMonth april = YearMonth.of(2025, 4);
    assertEquals(new FinancialYear(2025), FinancialYear.of(april));
    assertEquals(1, FinancialYear.of(april).monthOrdinal(april));
  }

  @Test
  void september_2025_is_month_6_of_2025_26() {
    YearMonth september = YearMonth.parse("2025-09");
    FinancialYear year = FinancialYear.of(september);
    assertEquals("2025-26", year.label());
    assertEquals(6, year.monthOrdinal(september));
  }

  @Test
  void march_2026_is_month_12_of_2025_26_and_april_2026_month_1_of_2026_27() {
    YearMonth march = YearMonth.parse("2026-03");
    YearMonth april = YearMonth.parse("2026-04");
    assertEquals("2025-26", FinancialYear.of(march).label());
    assertEquals(12, FinancialYear.of(march).monthOrdinal(march));
    assertEquals("2026-27", FinancialYear.of(april).label());
    assertEquals(1, FinancialYear.of(april).monthOrdinal(april));
  }

  @Test
  void january_belongs_to_the_year_that_started_the_april_before() {
    YearMonth january = YearMonth.parse("2026-01");
    assertEquals("2025-26", FinancialYear.of(january).label());
    assertEquals(10, FinancialYear.of(january).monthOrdinal(january));
  }

  @Test
  void first_and_last_months_are_april_and_the_next_march() {
    FinancialYear year = FinancialYear.parse("2025-26");
    assertEquals(YearMonth.parse("2025-04"), year.firstMonth());
    assertEquals(YearMonth.parse("2026-03"), year.lastMonth());
    assertTrue(year.contains(YearMonth.parse("2026-03")));
    assertFalse(year.contains(YearMonth.parse("2026-04")));
  }

  @Test
  void label_wraps_the_century() {
    assertEquals("1999-00", new FinancialYear(1999).label());
    assertEquals(new FinancialYear(1999), FinancialYear.parse("1999-00"));
  }

  @Test
  void a_label_whose_years_are_not_consecutive_is_rejected() {
    assertThrows(IllegalArgumentException.class, () -> FinancialYear.parse("2025-27"));
    assertThrows(IllegalArgumentException.class, () -> FinancialYear.parse("2025/26"));
  }

  @Test
  void a_month_outside_the_year_has_no_ordinal() {
    assertThrows(IllegalArgumentException.class,
        () -> new FinancialYear(2025).monthOrdinal(YearMonth.parse("2025-03")));
  }

  @Test
  void months_display_as_report_headings() {
    assertEquals("Month 6 (September 2025)", FinancialYear.displayMonth(YearMonth.parse("2025-09")));
    assertEquals("Month 12 (March 2026)", FinancialYear.displayMonth(YearMonth.parse("2026-03")));
    assertEquals("Month 1 (April 2026)", FinancialYear.displayMonth(YearMonth.parse("2026-04")));
  }
}
