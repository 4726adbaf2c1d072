package org.carepool.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Header;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.security.BasicAuthCredentials;
import io.javalin.security.RouteRole;
import java.util.Optional;
import java.util.Set;
import org.carepool.security.User;
import org.carepool.security.UserService;

/**
 * Runs before every matched route: a route must declare exactly one {@link Access} rule, and
 * anything not public needs a signed-in user whose role allows it. A route that forgot to
 * declare a rule is refused to everyone (fail closed).
 */
final class Guard {
  static final String USER = "carepool.user";

  private final UserService users;

  Guard(UserService users) {
    this.users = users;
  }

  void check(Context ctx) {
    Access rule = ruleOf(ctx.routeRoles());
    if (rule == Access.PUBLIC) {
      return;
    }
    User user = signedIn(ctx).orElseThrow(() -> {
      ctx.header(Header.WWW_AUTHENTICATE, "Basic realm=\"carepool\", charset=\"UTF-8\"");
      return new UnauthorizedResponse("Sign in to use carepool");
    });
    if (!rule.allows(user.role())) {
      throw new ForbiddenResponse("Your role (" + user.role() + ") may not use this");
    }
    ctx.attribute(USER, user);
  }

  static User user(Context ctx) {
    return ctx.attribute(USER);
  }

  private Optional<User> signedIn(Context ctx) {
    BasicAuthCredentials credentials = basic(ctx);
    if (credentials == null) {
      return Optional.empty();
    }
    return users.authenticate(credentials.getUsername(), credentials.getPassword().toCharArray());
  }

  private static BasicAuthCredentials basic(Context ctx) {
    try {
      return ctx.basicAuthCredentials();
    } catch (RuntimeException malformed) {
      return null;
    }
  }

  private static Access ruleOf(Set<RouteRole> roles) {
    if (roles.size() != 1 || !(roles.iterator().next() instanceof Access access)) {
      throw new ForbiddenResponse("This route has no access rule");
    }
    return access;
  }
}
