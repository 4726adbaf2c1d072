package org.carepool.security;

/**
 * A user change refused because of what was asked (a malformed name, a password of the wrong
 * length, an administrator disabling or demoting themselves); the message says which. An
 * {@link IllegalArgumentException}, so the command line reports it like any other bad argument.
 */
public final class UserChangeRefused extends IllegalArgumentException {
  UserChangeRefused(String message) {
    super(message);
  }
}
