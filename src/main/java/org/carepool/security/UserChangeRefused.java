package org.carepool.security;

import org.carepool.error.Invalid;

/**
 * A user change refused because of what was asked (a malformed name, a password of the wrong
 * length, an administrator disabling or demoting themselves); the message says which.
 */
public final class UserChangeRefused extends Invalid {
  UserChangeRefused(String message) {
    super(message);
  }
}
