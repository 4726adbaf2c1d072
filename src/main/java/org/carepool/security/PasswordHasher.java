package org.carepool.security;

import at.favre.lib.crypto.bcrypt.BCrypt;

/**
 * bcrypt through at.favre.lib:bcrypt, a maintained implementation. The cost is the composition
 * root's to choose (production 12); a hash records its own cost, so hashes made at another cost
 * still verify.
 */
public final class PasswordHasher {
  /** The least cost bcrypt allows: for tests, where the hash's strength is not what is tested. */
  public static final int MINIMUM_COST = 4;
  private static final int MAXIMUM_COST = 31;

  private final int cost;

  public PasswordHasher(int cost) {
    if (cost < MINIMUM_COST || cost > MAXIMUM_COST) {
      throw new IllegalArgumentException("bcrypt cost " + cost + " is outside " + MINIMUM_COST + "–" + MAXIMUM_COST);
    }
    this.cost = cost;
  }

  String hash(char[] password) {
    return BCrypt.withDefaults().hashToString(cost, password);
  }

  boolean matches(char[] password, String hash) {
    return BCrypt.verifyer().verify(password, hash).verified;
  }
}
