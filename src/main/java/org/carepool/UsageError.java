package org.carepool;

/**
 * What the person running carepool gave cannot be used: an argument of the command line or a
 * {@code CAREPOOL_*} setting. The message names the argument or setting; the command exits with
 * status 2 and that sentence.
 */
final class UsageError extends RuntimeException {
  UsageError(String message) {
    super(message);
  }
}
