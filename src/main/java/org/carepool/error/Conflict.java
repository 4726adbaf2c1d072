package org.carepool.error;

/** The request is sound but clashes with the state things are in (a month already closed, a run under way). The web answers 409. */
public non-sealed class Conflict extends DomainError {

  public Conflict(String message) {
    super(message);
  }
}
