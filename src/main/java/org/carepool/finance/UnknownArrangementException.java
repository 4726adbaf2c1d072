package org.carepool.finance;

/** No arrangement has the code asked for. */
public final class UnknownArrangementException extends RuntimeException {
  public UnknownArrangementException(String code) {
    super("unknown arrangement '" + code + "'");
  }
}
