package org.carepool.vocabulary;

import java.util.Arrays;
import java.util.List;

/**
 * SPEC §1: the care types of schemes and settings of activity, in the SPEC's order, each placed in
 * the balance of care. The one list the importer checks against and the indicators group by.
 */
public enum CareType {
  ACUTE(true),
  COMMUNITY_HOSPITAL(true),
  MENTAL_HEALTH_INPATIENT(true),
  CARE_HOME(true),
  INTERMEDIATE_CARE(false),
  REABLEMENT(false),
  HOME_CARE(false),
  COMMUNITY_HEALTH(false),
  EQUIPMENT(false),
  PRIMARY_CARE(false),
  OTHER(false);

  private final boolean institutional;

  CareType(boolean institutional) {
    this.institutional = institutional;
  }

  public boolean institutional() {
    return institutional;
  }

  /** Every code, in the SPEC's order. */
  public static List<String> codes() {
    return Arrays.stream(values()).map(Enum::name).toList();
  }

  /** The codes in the institutional part of the balance of care; the rest are community. */
  public static List<String> institutionalCodes() {
    return Arrays.stream(values()).filter(CareType::institutional).map(Enum::name).toList();
  }
}
