package org.carepool.indicators;

import java.util.List;
import java.util.Set;
import org.carepool.vocabulary.AgeBands;
import org.carepool.vocabulary.CareType;

/** Care settings, age bands and their groupings as SPEC §1 and §3 define them. */
final class Settings {
  /** SPEC §1: the settings in the institutional part of the balance of care; the rest are community. */
  static final Set<String> INSTITUTIONAL = Set.copyOf(CareType.institutionalCodes());
  static final List<String> ALL = CareType.codes();
  static final List<String> AGE_BANDS = AgeBands.ALL;
  static final List<String> BANDS_65_PLUS = AgeBands.FROM_65;
  static final List<String> BANDS_75_PLUS = AgeBands.FROM_75;

  private Settings() {
  }

  static boolean institutional(String setting) {
    return INSTITUTIONAL.contains(setting);
  }

  static String balance(String setting) {
    return institutional(setting) ? "institutional" : "community";
  }
}
