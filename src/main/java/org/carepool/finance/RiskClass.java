package org.carepool.finance;

/** Whose a scheme's variance is (SPEC §4.2). */
public enum RiskClass {
  /** Shared under the agreement. */
  VARIABLE,
  /** Falls wholly to the host (for ALIGNED, to the scheme's funder). */
  FIXED,
  /** Shared with nobody: stays with the scheme and is carried forward. */
  RING_FENCED
}
