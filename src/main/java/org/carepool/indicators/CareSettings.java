package org.carepool.indicators;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carepool.vocabulary.AgeBands;
import org.carepool.vocabulary.CareType;

/** Care settings, age bands and their groupings as SPEC §1 and §3 define them, with the names reports show. */
final class CareSettings {
  /** SPEC §1: the settings in the institutional part of the balance of care; the rest are community. */
  static final Set<String> INSTITUTIONAL = Set.copyOf(CareType.institutionalCodes());
  static final List<String> ALL = CareType.codes();
  static final List<String> AGE_BANDS = AgeBands.ALL;
  static final List<String> BANDS_65_PLUS = AgeBands.FROM_65;
  static final List<String> BANDS_75_PLUS = AgeBands.FROM_75;

  /** SPEC §1's descriptions, as a board reads them. */
  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("ACUTE", "Acute hospital"),
      Map.entry("COMMUNITY_HOSPITAL", "Community hospital"),
      Map.entry("MENTAL_HEALTH_INPATIENT", "Mental health inpatient"),
      Map.entry("CARE_HOME", "Care home (residential, nursing)"),
      Map.entry("INTERMEDIATE_CARE", "Intermediate care"),
      Map.entry("REABLEMENT", "Reablement"),
      Map.entry("HOME_CARE", "Home care"),
      Map.entry("COMMUNITY_HEALTH", "Community health services"),
      Map.entry("EQUIPMENT", "Equipment and telecare"),
      Map.entry("PRIMARY_CARE", "Primary care"),
      Map.entry("OTHER", "Other"));

  private CareSettings() {
  }

  static boolean institutional(String setting) {
    return INSTITUTIONAL.contains(setting);
  }

  static String balance(String setting) {
    return institutional(setting) ? "institutional" : "community";
  }

  /** "Acute hospital" for ACUTE; an unknown code stays as it is. */
  static String name(String setting) {
    return NAMES.getOrDefault(setting, setting);
  }
}
