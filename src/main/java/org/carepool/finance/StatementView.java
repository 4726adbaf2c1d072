package org.carepool.finance;

/** Which I&amp;E of a closed month (SPEC §4.9, {@code as=reported|now}). */
public enum StatementView {
  /** Worked out from the data as it is now; for a closed month it says when this differs from what was reported. */
  NOW,
  /** The statement kept when the month was closed, exactly as reported. */
  REPORTED
}
