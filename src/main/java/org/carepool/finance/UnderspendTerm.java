package org.carepool.finance;

/** Where a shareable underspend goes under the year's terms (SPEC §4.3). */
public enum UnderspendTerm {
  /** Back to the partners by share. */
  RETURN,
  /** All of it into the pool reserve. */
  RESERVE,
  /** The host keeps it all. */
  HOST
}
