package org.carepool.demo;

import java.util.List;

/**
 * The kinds of activity row, each with its setting, admission type, and events per person per
 * year by age band (0-4 … 85+). Rates are calibrated to an English county: non-elective admissions
 * about 150, 280 and 500 per 1,000 a year at 65–74, 75–84 and 85+; care home admissions about
 * 600 per 100,000 aged 65+; home care and community health rows are package-months; equipment rows
 * are items issued or telecare installed.
 */
enum Service {
  NON_ELECTIVE("ACUTE", "NON_ELECTIVE", Season.EMERGENCY, 0.015, List.of(
      0.095, 0.045, 0.040, 0.060, 0.065, 0.065, 0.068, 0.070, 0.072,
      0.078, 0.088, 0.100, 0.118, 0.140, 0.160, 0.250, 0.325, 0.500)),
  ELECTIVE("ACUTE", "ELECTIVE", Season.PLANNED, 0.04, List.of(
      0.005, 0.006, 0.008, 0.012, 0.014, 0.016, 0.018, 0.020, 0.024,
      0.030, 0.036, 0.044, 0.052, 0.060, 0.066, 0.068, 0.060, 0.040)),
  DAY_CASE("ACUTE", "DAY_CASE", Season.PLANNED, 0.04, List.of(
      0.020, 0.025, 0.030, 0.040, 0.045, 0.050, 0.055, 0.060, 0.070,
      0.085, 0.100, 0.120, 0.140, 0.165, 0.185, 0.195, 0.170, 0.110)),
  COMMUNITY_HOSPITAL("COMMUNITY_HOSPITAL", "ELECTIVE", Season.EMERGENCY, 0.0, List.of(
      0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0005,
      0.001, 0.002, 0.003, 0.005, 0.008, 0.014, 0.025, 0.040, 0.065)),
  MENTAL_HEALTH("MENTAL_HEALTH_INPATIENT", "NON_ELECTIVE", Season.FLAT, 0.0, List.of(
      0.0, 0.0, 0.0005, 0.003, 0.005, 0.005, 0.005, 0.004, 0.004,
      0.004, 0.0035, 0.003, 0.0025, 0.0025, 0.003, 0.004, 0.005, 0.005)),
  CARE_HOME("CARE_HOME", "NONE", Season.FLAT, 0.0, List.of(
      0.0, 0.0, 0.0, 0.0001, 0.0002, 0.0002, 0.0002, 0.0002, 0.0002,
      0.0002, 0.0003, 0.0004, 0.0005, 0.001, 0.002, 0.005, 0.012, 0.022)),
  HOME_CARE("HOME_CARE", "NONE", Season.FLAT, 0.03, List.of(
      0.0, 0.002, 0.004, 0.012, 0.015, 0.015, 0.016, 0.018, 0.020,
      0.022, 0.024, 0.028, 0.035, 0.08, 0.14, 0.30, 0.55, 1.30)),
  REABLEMENT("REABLEMENT", "NONE", Season.EMERGENCY, 0.02, List.of(
      0.0, 0.0, 0.0, 0.0005, 0.0005, 0.0005, 0.0007, 0.0008, 0.001,
      0.001, 0.0012, 0.0015, 0.002, 0.006, 0.010, 0.020, 0.035, 0.060)),
  INTERMEDIATE_CARE("INTERMEDIATE_CARE", "NONE", Season.EMERGENCY, 0.02, List.of(
      0.0, 0.0, 0.0, 0.0003, 0.0003, 0.0004, 0.0005, 0.0006, 0.0008,
      0.001, 0.0012, 0.0015, 0.002, 0.005, 0.008, 0.016, 0.028, 0.048)),
  COMMUNITY_HEALTH("COMMUNITY_HEALTH", "NONE", Season.FLAT, 0.01, List.of(
      0.050, 0.020, 0.020, 0.025, 0.025, 0.030, 0.035, 0.035, 0.040,
      0.045, 0.050, 0.060, 0.075, 0.10, 0.18, 0.35, 0.60, 1.20)),
  /** Community equipment issued and telecare installed: one to nine in a hundred older people a year. */
  EQUIPMENT("EQUIPMENT", "NONE", Season.FLAT, 0.03, List.of(
      0.001, 0.001, 0.001, 0.001, 0.001, 0.001, 0.001, 0.0015, 0.0015,
      0.002, 0.0025, 0.0035, 0.005, 0.010, 0.018, 0.030, 0.050, 0.085));

  /** Month-of-year shape, April first; each averages 1. */
  enum Season {
    EMERGENCY(List.of(0.96, 0.97, 0.95, 0.96, 0.93, 0.96, 1.00, 1.03, 1.09, 1.08, 1.04, 1.03)),
    PLANNED(List.of(0.98, 1.01, 1.03, 1.00, 0.86, 1.02, 1.04, 1.05, 0.90, 1.01, 1.02, 1.08)),
    FLAT(List.of(1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0));

    private final List<Double> factors;

    Season(List<Double> factors) {
      this.factors = factors;
    }

    double factor(int ordinal) {
      return factors.get(ordinal - 1);
    }
  }

  final String setting;
  final String admissionType;
  final Season season;
  final double yearlyGrowth;
  private final List<Double> rates;

  Service(String setting, String admissionType, Season season, double yearlyGrowth, List<Double> rates) {
    this.setting = setting;
    this.admissionType = admissionType;
    this.season = season;
    this.yearlyGrowth = yearlyGrowth;
    this.rates = rates;
  }

  double yearlyRate(AgeBand band) {
    return rates.get(band.ordinal());
  }

  boolean isHospital() {
    return setting.equals("ACUTE") || setting.equals("COMMUNITY_HOSPITAL")
        || setting.equals("MENTAL_HEALTH_INPATIENT");
  }

  /**
   * Emergency admissions and care home placements are what intermediate care and reablement aim to
   * avoid: where the joint venture works they fall a little year on year.
   */
  boolean avoidable() {
    return this == NON_ELECTIVE || this == CARE_HOME;
  }

  /** Emergency hospital use follows local need (deprivation); the rest does not. */
  boolean followsNeed() {
    return this == NON_ELECTIVE || this == MENTAL_HEALTH || this == COMMUNITY_HEALTH;
  }
}
