package org.carepool.indicators;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.carepool.finance.FinancialYear;

/**
 * The IRF "phase 1 mapping" (SPEC §5) of a board's population for a financial year, over the
 * activity cost of the months loaded from April to {@code lastMonth} (sums, not annualised).
 * Figures are unrounded.
 *
 * @param lastMonth  the month asked for: the whole year is April to March
 * @param months     the months from April to {@code lastMonth} that have activity loaded
 * @param localities the board's population: the union of its arrangements' localities (every
 *                   locality when one of them lists none)
 * @param days       days in the months covered: the denominator of equivalent beds
 */
public record Mapping(String board, String boardName, FinancialYear year, YearMonth lastMonth,
    List<YearMonth> months, long days, List<String> localities, BigDecimal population, BigDecimal cost,
    List<Area> byLocality, List<Area> byPractice, List<Setting> bySetting, List<AgeSex> byAgeSex, Balance balance,
    List<Beds> beds, SortedSet<Long> importBatches) {

  public Mapping {
    months = List.copyOf(months);
    localities = List.copyOf(localities);
    byLocality = List.copyOf(byLocality);
    byPractice = List.copyOf(byPractice);
    bySetting = List.copyOf(bySetting);
    byAgeSex = List.copyOf(byAgeSex);
    beds = List.copyOf(beds);
  }

  /** Every month of the financial year has activity loaded. */
  public boolean complete() {
    return months.size() == 12;
  }

  /** The months from April to {@code lastMonth} with no activity loaded, April first. */
  public List<YearMonth> missingMonths() {
    List<YearMonth> missing = new ArrayList<>();
    for (YearMonth m = year.firstMonth(); !m.isAfter(lastMonth); m = m.plusMonths(1)) {
      if (!months.contains(m)) {
        missing.add(m);
      }
    }
    return missing;
  }

  /** Cost per head of the whole population. */
  public BigDecimal perCapita() {
    return Figures.divide(cost, population);
  }

  /**
   * A locality or practice. For localities, {@code expected} is Σ(population in band × sex × the
   * area's cost per head in band × sex) and {@code standardisedRatio} = cost ÷ expected × 100;
   * both {@code null} for practices.
   */
  public record Area(String code, String name, String locality, BigDecimal population, BigDecimal cost,
      BigDecimal perCapita, BigDecimal expected, BigDecimal standardisedRatio) {}

  /** {@code share} is the per cent of all cost; {@code balance} "institutional" or "community". */
  public record Setting(String setting, String name, String balance, BigDecimal cost, BigDecimal share,
      BigDecimal perCapita) {}

  public record AgeSex(String ageBand, String sex, BigDecimal population, BigDecimal cost, BigDecimal perCapita) {}

  /**
   * Balance of care: all ages, and people aged 75+ with their care home to home care cost ratio
   * ({@code null} without home care cost).
   */
  public record Balance(BigDecimal institutional, BigDecimal community, BigDecimal institutionalShare,
      BigDecimal institutional75, BigDecimal community75, BigDecimal institutionalShare75, BigDecimal careHome75,
      BigDecimal homeCare75, BigDecimal careHomeToHomeCare75) {}

  /** Occupied bed days with the equivalent beds at 85% occupancy and the equivalent 40-bed wards. */
  /** {@code specialtyName}: "300 General internal medicine", or "Not recorded". */
  public record Beds(String site, String specialty, String specialtyName, long episodes, long bedDays,
      BigDecimal beds85, BigDecimal wards40) {}
}
