package org.carepool.indicators;

import java.math.BigDecimal;
import java.util.List;

/** The four derived KPIs of SPEC §5 from activity counts to date and the population. */
final class DerivedKpis {
  static final String NEL = "NEL_ADMISSIONS_PER_1000";
  static final String BED_DAYS_65 = "EMERGENCY_BED_DAYS_PER_1000_65PLUS";
  static final String CARE_HOME_65 = "CARE_HOME_ADMISSIONS_PER_100K_65PLUS";
  static final String INSTITUTIONAL_75 = "INSTITUTIONAL_SHARE_75PLUS";
  static final List<String> CODES = List.of(NEL, BED_DAYS_65, CARE_HOME_65, INSTITUTIONAL_75);

  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
  private static final BigDecimal HUNDRED_THOUSAND = BigDecimal.valueOf(100_000);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Sums over activity of the year up to a month, for one population. */
  record Counts(long nonElective, long nonElectiveBedDays65, long careHome65, BigDecimal cost75,
      BigDecimal institutionalCost75) {
    static final Counts NONE = new Counts(0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

    Counts plus(Counts o) {
      return new Counts(nonElective + o.nonElective, nonElectiveBedDays65 + o.nonElectiveBedDays65,
          careHome65 + o.careHome65, cost75.add(o.cost75), institutionalCost75.add(o.institutionalCost75));
    }
  }

  private DerivedKpis() {
  }

  /**
   * The KPI's value for counts over months 1..k of the year: counts annualised (× 12 / k) per
   * population; the 75+ share is a share of cost, not annualised. {@code null} when undefined.
   */
  static BigDecimal value(String code, Counts c, int k, BigDecimal population, BigDecimal population65) {
    return switch (code) {
      case NEL -> rate(c.nonElective(), k, THOUSAND, population);
      case BED_DAYS_65 -> rate(c.nonElectiveBedDays65(), k, THOUSAND, population65);
      case CARE_HOME_65 -> rate(c.careHome65(), k, HUNDRED_THOUSAND, population65);
      case INSTITUTIONAL_75 -> Figures.divide(c.institutionalCost75().multiply(HUNDRED), c.cost75());
      default -> throw new IllegalStateException("not a derived KPI: " + code);
    };
  }

  /** {@code count × 12 × per / (k × population)}: multiplied out before the one division. */
  private static BigDecimal rate(long count, int k, BigDecimal per, BigDecimal population) {
    return Figures.divide(BigDecimal.valueOf(count).multiply(TWELVE).multiply(per),
        BigDecimal.valueOf(k).multiply(population));
  }
}
