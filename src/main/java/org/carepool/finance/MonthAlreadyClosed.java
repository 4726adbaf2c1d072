package org.carepool.finance;

/** A month that is already closed cannot be closed again (HTTP 409). */
public final class MonthAlreadyClosed extends RuntimeException {
  public MonthAlreadyClosed(String message) {
    super(message);
  }
}
