package org.carepool.web;

import io.javalin.security.RouteRole;
import org.carepool.security.Role;

/** The access rule every route declares: public, or the least role that may use it (for {@code /metrics}, or its token). */
enum Access implements RouteRole {
  PUBLIC(null),
  VIEWER(Role.VIEWER),
  ANALYST(Role.ANALYST),
  ADMIN(Role.ADMIN),
  /** An admin, or a scraper presenting the metrics bearer token ({@code CAREPOOL_METRICS_TOKEN}). */
  METRICS(Role.ADMIN),
  /** An admin, or the {@code backup} command presenting the control token the server wrote beside the store. */
  CONTROL(Role.ADMIN);

  private final Role least;

  Access(Role least) {
    this.least = least;
  }

  boolean allows(Role role) {
    return least == null || role.includes(least);
  }
}
