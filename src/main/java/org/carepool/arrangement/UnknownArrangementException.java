package org.carepool.arrangement;

import org.carepool.error.NotFound;

/** No arrangement has the code asked for. */
public final class UnknownArrangementException extends NotFound {
  public UnknownArrangementException(String code) {
    super(noSuch("arrangement", code));
  }
}
