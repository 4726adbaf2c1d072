package org.carepool.finance;

/** Who closed a month: an analyst (page or API) or the delivery of a scheduled pack (SPEC §4.9). */
public enum CloseHow {
  ANALYST, PACK
}
