package org.carepool.finance;

import org.carepool.error.Conflict;

/** A month asked for as reported, or reopened, that is not closed (HTTP 409). */
public final class MonthNotClosed extends Conflict {
  public MonthNotClosed(String message) {
    super(message);
  }
}
