package org.carepool.indicators;

import java.util.List;
import java.util.Set;

/** Care settings, age bands and their groupings as SPEC §1 and §3 define them. */
final class Settings {
  /** SPEC §1: the settings in the institutional part of the balance of care; the rest are community. */
  static final Set<String> INSTITUTIONAL = Set.of("ACUTE", "COMMUNITY_HOSPITAL", "MENTAL_HEALTH_INPATIENT",
      "CARE_HOME");
  static final List<String> ALL = List.of("ACUTE", "COMMUNITY_HOSPITAL", "MENTAL_HEALTH_INPATIENT", "CARE_HOME",
      "INTERMEDIATE_CARE", "REABLEMENT", "HOME_CARE", "COMMUNITY_HEALTH", "EQUIPMENT", "PRIMARY_CARE", "OTHER");
  static final List<String> AGE_BANDS = List.of("0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39",
      "40-44", "45-49", "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85+");
  /** Bands of people aged 65 and over: 65-69 starts at exactly 65. */
  static final List<String> BANDS_65_PLUS = AGE_BANDS.subList(AGE_BANDS.indexOf("65-69"), AGE_BANDS.size());
  /** Bands of people aged 75 and over: 75-79 starts at exactly 75. */
  static final List<String> BANDS_75_PLUS = AGE_BANDS.subList(AGE_BANDS.indexOf("75-79"), AGE_BANDS.size());

  private Settings() {
  }

  static boolean institutional(String setting) {
    return INSTITUTIONAL.contains(setting);
  }

  static String balance(String setting) {
    return institutional(setting) ? "institutional" : "community";
  }
}
