package org.carepool.finance;

/** The kinds of agreement step ({@code risk_steps.csv}, SPEC §4.3). */
public enum StepRule {
  /** Draw on the pool reserve, up to an optional amount. */
  RESERVE,
  /** A tolerance one party absorbs first: a percentage of the pool's contributions or an amount. */
  FIRST,
  /** What remains, by share, each partner capped at an optional percentage of its own contribution. */
  SHARES,
  /** All that remains, to one party; only as the last step. */
  REST
}
