package org.carepool.finance;

/** Who bears the pool's forecast overspend (SPEC §1, §4). */
public enum RiskShareRule {
  /** Every partner bears its share s_p of the overspend. */
  SHARES,
  /** The host bears all of it. */
  HOST,
  /** Each partner bears the variances of the schemes it funds. */
  OWN
}
