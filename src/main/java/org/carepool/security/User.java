package org.carepool.security;

/** A person who may sign in. */
public record User(String username, Role role, boolean enabled) {}
