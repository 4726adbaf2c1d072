package org.carepool.error;

import org.carepool.text.Sentences;

/** What was named does not exist: an arrangement, a board, a schedule, a pack. The web answers 404. */
public non-sealed class NotFound extends DomainError {
  public NotFound(String message) {
    super(message);
  }

  /** "There is no arrangement 'X'", the code cut and made printable: it comes from the caller. */
  public static String noSuch(String what, String code) {
    return "There is no " + what + " '" + Sentences.printable(code, 40) + "'";
  }
}
