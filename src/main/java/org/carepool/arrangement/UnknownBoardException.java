package org.carepool.arrangement;

import org.carepool.error.NotFound;

/** No board has the code asked for. */
public final class UnknownBoardException extends NotFound {
  public UnknownBoardException(String code) {
    super(noSuch("board", code));
  }
}
