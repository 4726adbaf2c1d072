package org.carepool.error;

/**
 * Why carepool refused to do what it was asked, in one of three words: what was named does not
 * exist ({@link NotFound}), what was sent is refused with every problem found ({@link Refused}), or
 * the request clashes with the state things are in ({@link Conflict}). The web maps each to one
 * status in {@code web.ErrorMapping}, the command line to one exit in {@code Commands}; anything
 * that is not a DomainError is a fault in carepool.
 */
public abstract sealed class DomainError extends RuntimeException permits NotFound, Refused, Conflict {

  DomainError(String message) {
    super(message);
  }
}
