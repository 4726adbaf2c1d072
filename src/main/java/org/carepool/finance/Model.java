package org.carepool.finance;

/**
 * The four CIPFA arrangement models (SPEC §1), each with the governance line every I&amp;E
 * report shows for it.
 */
public enum Model {
  ALIGNED("none",
      "in each partner's own accounts",
      "each partner reports, collated into one report",
      "each partner holds its own"),
  LEAD_BODY("the lead body",
      "the lead body's accounts, recharged among members by a pre-agreed formula",
      "the lead body reports for all",
      "the lead body"),
  JOINT_COMMISSIONING("the contractor (third-party provider)",
      "by the contractor, which bills each partner per the agreed formula",
      "the provider, in the format the contract sets",
      "per contract, normally the contractor"),
  JOINT_VENTURE("the joint-venture entity",
      "the joint venture's own accounts",
      "the joint venture, for the venture as a whole",
      "the joint venture");

  private final String hostMeans;
  private final String incomeAndExpenditure;
  private final String performance;
  private final String assetsAndLiabilities;

  Model(String hostMeans, String incomeAndExpenditure, String performance, String assetsAndLiabilities) {
    this.hostMeans = hostMeans;
    this.incomeAndExpenditure = incomeAndExpenditure;
    this.performance = performance;
    this.assetsAndLiabilities = assetsAndLiabilities;
  }

  /** What the arrangement's host is under this model. */
  public String hostMeans() {
    return hostMeans;
  }

  /** The governance line, in one sentence per column of SPEC §1's table. */
  public String governanceLine() {
    return "Income and expenditure: " + incomeAndExpenditure + ". Performance: " + performance
        + ". Assets and liabilities: " + assetsAndLiabilities + ".";
  }

  /** Only a lead body or a contractor recharges actual cost among the partners. */
  public boolean hasCostSplit() {
    return this == LEAD_BODY || this == JOINT_COMMISSIONING;
  }

  /** Every model but ALIGNED has a host. */
  public boolean hasHost() {
    return this != ALIGNED;
  }
}
