package org.carepool.demo;

import java.util.List;

/** The fixed cast of the demo: partner organisations, the board, and five pooled arrangements. */
final class Westshire {

  record Org(String code, String name, String kind) {}

  /** A contributing partner: 2024-25 contribution in pounds, yearly uplift, budgets set above (+) or below (-) it. */
  record Partner(String org, long baseContribution, double uplift, long budgetGap) {}

  record Share(String org, String pct) {}

  /**
   * A scheme; weight is its slice of the pool (for ALIGNED, of its funder's own budget); riskClass
   * as SPEC §4.2 (VARIABLE unless named).
   */
  record Scheme(String code, String name, String careType, String funder, double weight, String riskClass) {
    Scheme(String code, String name, String careType, String funder, double weight) {
      this(code, name, careType, funder, weight, "VARIABLE");
    }
  }

  record Arrangement(
      String code, String name, String model, String host, String riskShare,
      List<String> localities, List<Partner> partners, List<Share> agreedShares, List<Scheme> schemes) {

    boolean aligned() {
      return "ALIGNED".equals(model);
    }
  }

  static final String BOARD = "HWB";
  static final String BOARD_NAME = "Westshire Health and Wellbeing Board";
  static final String LEGAL_BASIS = "NHS Act 2006 s75";

  static final List<Org> ORGANISATIONS = List.of(
      new Org("ICB", "NHS Westshire Integrated Care Board", "NHS_COMMISSIONER"),
      new Org("WCC", "Westshire County Council", "LOCAL_AUTHORITY"),
      new Org("WGH", "Westshire General Hospitals NHS Foundation Trust", "NHS_PROVIDER"),
      new Org("WCT", "Westshire Community Health NHS Trust", "NHS_PROVIDER"),
      new Org("WCS-JV", "Westshire Care Services Ltd (joint venture)", "OTHER"));

  static final List<Arrangement> ARRANGEMENTS = List.of(
      new Arrangement("BCF", "Westshire Better Care Fund", "LEAD_BODY", "WCC", "SHARES", List.of(),
          List.of(new Partner("ICB", 27_940_000, 0.0566, 0), new Partner("WCC", 11_860_000, 0.02, 0)),
          List.of(new Share("ICB", "62.5"), new Share("WCC", "37.5")),
          List.of(
              new Scheme("BCF01", "Rapid response and urgent community care", "COMMUNITY_HEALTH", "ICB", 0.20),
              new Scheme("BCF02", "Home-based intermediate care", "INTERMEDIATE_CARE", "ICB", 0.18),
              new Scheme("BCF03", "Discharge to assess care home beds", "CARE_HOME", "ICB", 0.22),
              new Scheme("BCF04", "Reablement at home", "REABLEMENT", "WCC", 0.19, "FIXED"),
              new Scheme("BCF05", "Disabled Facilities Grant adaptations", "EQUIPMENT", "WCC", 0.14, "RING_FENCED"),
              new Scheme("BCF06", "Carers' breaks and support", "OTHER", "WCC", 0.07))),
      new Arrangement("ICES", "Integrated Community Equipment Service", "JOINT_COMMISSIONING", "WGH", "HOST",
          List.of(),
          List.of(new Partner("ICB", 2_150_000, 0.03, 0), new Partner("WCC", 1_720_000, 0.03, 0)),
          List.of(),
          List.of(
              new Scheme("EQ01", "Equipment purchase and recycling", "EQUIPMENT", "WCC", 0.40),
              new Scheme("EQ02", "Telecare and community alarms", "EQUIPMENT", "WCC", 0.18),
              new Scheme("EQ03", "Specialist beds, seating and pressure care", "EQUIPMENT", "ICB", 0.24),
              new Scheme("EQ04", "Delivery, collection and maintenance", "OTHER", "ICB", 0.18))),
      new Arrangement("IC-JV", "North and Central Intermediate Care Joint Venture", "JOINT_VENTURE", "WCS-JV",
          "SHARES", List.of("LOC-N", "LOC-W", "LOC-C"),
          List.of(new Partner("ICB", 9_400_000, 0.025, 0), new Partner("WCC", 4_100_000, 0.025, 0),
              new Partner("WCT", 2_600_000, 0.025, 0)),
          List.of(),
          List.of(
              new Scheme("IC01", "Step-up and step-down community beds", "COMMUNITY_HOSPITAL", "WCT", 0.30),
              new Scheme("IC02", "Home-based intermediate care", "INTERMEDIATE_CARE", "ICB", 0.25),
              new Scheme("IC03", "Reablement", "REABLEMENT", "WCC", 0.20),
              new Scheme("IC04", "Hospital discharge home care", "HOME_CARE", "WCC", 0.12),
              new Scheme("IC05", "Urgent two-hour community response", "COMMUNITY_HEALTH", "ICB", 0.13))),
      new Arrangement("MHA", "Adult Mental Health Aligned Budget", "ALIGNED", "", "OWN", List.of(),
          List.of(new Partner("ICB", 18_600_000, 0.035, -300_000), new Partner("WCC", 7_350_000, 0.02, 0)),
          List.of(),
          List.of(
              new Scheme("MH01", "Adult acute mental health beds", "MENTAL_HEALTH_INPATIENT", "ICB", 0.45),
              new Scheme("MH02", "Community mental health teams", "COMMUNITY_HEALTH", "ICB", 0.40),
              new Scheme("MH03", "Crisis resolution and home treatment", "COMMUNITY_HEALTH", "ICB", 0.15),
              new Scheme("MH04", "Mental health residential and nursing care", "CARE_HOME", "WCC", 0.55),
              new Scheme("MH05", "Supported living and floating support", "OTHER", "WCC", 0.30),
              new Scheme("MH06", "Approved mental health professionals", "OTHER", "WCC", 0.15))),
      new Arrangement("LDP", "Learning Disability Pooled Budget", "LEAD_BODY", "WCC", "OWN", List.of(),
          List.of(new Partner("ICB", 14_200_000, 0.03, 150_000), new Partner("WCC", 31_500_000, 0.025, 300_000)),
          List.of(),
          List.of(
              new Scheme("LD01", "Residential and nursing placements", "CARE_HOME", "WCC", 0.38),
              new Scheme("LD02", "Supported living", "OTHER", "WCC", 0.30),
              new Scheme("LD03", "Day opportunities", "OTHER", "WCC", 0.10),
              new Scheme("LD04", "Continuing healthcare packages", "HOME_CARE", "ICB", 0.17),
              new Scheme("LD05", "Community learning disability team", "COMMUNITY_HEALTH", "ICB", 0.05))));

  private Westshire() {}
}
