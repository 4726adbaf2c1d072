package org.carepool.indicators;

/** No board has the code asked for. */
public final class UnknownBoardException extends RuntimeException {
  public UnknownBoardException(String code) {
    super("unknown board '" + code + "'");
  }
}
