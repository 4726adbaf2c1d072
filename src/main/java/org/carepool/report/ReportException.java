package org.carepool.report;

/** A report could not be compiled or rendered: a fault in carepool, not in the caller's request. */
public class ReportException extends RuntimeException {

  public ReportException(String message, Throwable cause) {
    super(message, cause);
  }
}
