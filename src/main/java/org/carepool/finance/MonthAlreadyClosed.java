package org.carepool.finance;

import org.carepool.error.Conflict;

/** A month that is already closed cannot be closed again (HTTP 409). */
public final class MonthAlreadyClosed extends Conflict {
  public MonthAlreadyClosed(String message) {
    super(message);
  }
}
