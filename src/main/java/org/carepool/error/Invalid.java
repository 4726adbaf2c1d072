package org.carepool.error;

/**
 * A refusal of the request itself rather than of what it would do: a malformed value, a change a
 * user may not make to their own account, a time zone that does not exist. The web answers 400.
 */
public class Invalid extends Refused {

  public Invalid(String message) {
    super(message);
  }
}
