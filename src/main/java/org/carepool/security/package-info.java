/**
 * Users, roles, password hashing, sessions and sign-in throttling.
 *
 * <p>Must not import: {@code org.carepool.web}, {@code org.carepool.report}, {@code org.carepool.schedule},
 * {@code org.carepool.ingest}, {@code io.javalin}.
 */
package org.carepool.security;
