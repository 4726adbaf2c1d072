package org.carepool.security;

import at.favre.lib.crypto.bcrypt.BCrypt;

/** bcrypt (cost 12) through at.favre.lib:bcrypt, a maintained implementation. */
final class PasswordHasher {
  private static final int COST = 12;

  String hash(char[] password) {
    return BCrypt.withDefaults().hashToString(COST, password);
  }

  boolean matches(char[] password, String hash) {
    return BCrypt.verifyer().verify(password, hash).verified;
  }
}
