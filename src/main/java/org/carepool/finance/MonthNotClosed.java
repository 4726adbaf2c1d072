package org.carepool.finance;

/** A month asked for as reported, or reopened, that is not closed (HTTP 409). */
public final class MonthNotClosed extends RuntimeException {
  public MonthNotClosed(String message) {
    super(message);
  }
}
