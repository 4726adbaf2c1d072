package org.carepool.security;

/** SPEC §8: each role can do everything the one before it can. */
public enum Role {
  VIEWER,
  ANALYST,
  ADMIN;

  public boolean includes(Role required) {
    return compareTo(required) >= 0;
  }
}
