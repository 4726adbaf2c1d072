package org.carepool.web;

import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import io.javalin.http.RedirectResponse;
import io.javalin.http.TooManyRequestsResponse;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.http.UnsupportedMediaTypeResponse;
import io.javalin.security.BasicAuthCredentials;
import io.javalin.security.RouteRole;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.carepool.security.SignIns;
import org.carepool.security.User;

/**
 * Runs before every matched route. A route must declare exactly one {@link Access} rule (a
 * route without one is refused to everyone: fail closed). Anything not public needs a user whose
 * role the rule allows: from the session cookie on any route, or from HTTP Basic on {@code /api}
 * and {@code /metrics} only (scripts); {@code /metrics} also opens to its bearer token. A state-changing request on a session must carry the session's CSRF token (form
 * field {@code csrf} or header {@code X-CSRF-Token}); HTTP Basic callers carry no cookie and are
 * exempt. Whoever calls, a state-changing request that a browser marks as cross-site is refused.
 */
final class Guard {
  /** What one upload (all its files together) may weigh: only the upload routes take that much. */
  static final long MAX_UPLOAD_BYTES = 50L * 1024 * 1024;
  /** What a request to any other route may carry: forms and JSON schedules are far smaller. */
  static final long MAX_OTHER_BYTES = 64L * 1024;
  /** Bodies up to this size are read before a 413, so the answer is not lost to a TCP reset. */
  private static final long DRAIN_LIMIT_BYTES = 1024L * 1024;
  private static final Set<String> UPLOAD_ROUTES = Set.of("POST /data", "POST /api/imports");
  private static final String USER = "carepool.user";
  private static final String CSRF = "carepool.csrf";
  private static final String TOKEN = "carepool.session";

  private final SignIns signIns;
  private final Function<String, Set<RouteRole>> getRoles;
  private final Predicate<String> metricsToken;
  private final Predicate<String> controlToken;
  private static final String CONTROL = "carepool.control";

  /** {@code getRoles}: the roles of the GET route at a path, which a HEAD request answers by (Javalin gives HEAD none). */
  Guard(SignIns signIns, Function<String, Set<RouteRole>> getRoles) {
    this(signIns, getRoles, token -> false, token -> false);
  }

  /** {@code metricsToken}, {@code controlToken}: whether a bearer token opens {@link Access#METRICS}, {@link Access#CONTROL} routes. */
  Guard(SignIns signIns, Function<String, Set<RouteRole>> getRoles, Predicate<String> metricsToken,
      Predicate<String> controlToken) {
    this.signIns = signIns;
    this.getRoles = getRoles;
    this.metricsToken = metricsToken;
    this.controlToken = controlToken;
  }

  Guard(SignIns signIns) {
    this(signIns, path -> Set.of());
  }

  void check(Context ctx) {
    refuseOversized(ctx);
    boolean head = ctx.method() == HandlerType.HEAD && ctx.routeRoles().isEmpty();
    Access rule = ruleOf(head ? getRoles.apply(ctx.path()) : ctx.routeRoles());
    refuseCrossSite(ctx);
    if (rule == Access.PUBLIC || rule == Access.METRICS && bearer(ctx).filter(metricsToken).isPresent()) {
      return;
    }
    if (rule == Access.CONTROL && bearer(ctx).filter(controlToken).isPresent()) {
      ctx.attribute(CONTROL, Boolean.TRUE);
      return;
    }
    User user = fromSession(ctx).or(() -> isApi(ctx) ? fromBasic(ctx) : Optional.empty())
        .orElseThrow(() -> notSignedIn(ctx));
    ctx.attribute(USER, user); // set before refusing, so the error page keeps the navigation
    if (!rule.allows(user.role())) {
      throw new ForbiddenResponse("Your role (" + user.role() + ") may not use this page.");
    }
    if (csrf(ctx) != null && !isSafe(ctx)) {
      checkCsrf(ctx);
    } else if (!isSafe(ctx)) {
      refuseForeignOrigin(ctx);
      refuseJsonInDisguise(ctx);
    }
  }

  /**
   * HTTP Basic callers carry no CSRF token, and a browser replays cached Basic credentials to any page
   * that posts to carepool; Sec-Fetch-Site is not sent by older browsers, Origin is: a change asked
   * for from a page of another origin is refused (scripts and curl send no Origin).
   */
  private static void refuseForeignOrigin(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null) {
      return;
    }
    String authority;
    try {
      authority = java.net.URI.create(origin.strip()).getRawAuthority();
    } catch (IllegalArgumentException malformed) {
      authority = null;
    }
    if (authority == null || !authority.equalsIgnoreCase(ctx.host())) {
      throw new ForbiddenResponse("Requests from other sites are refused");
    }
  }

  /**
   * A page of another site may post text/plain or a form without asking first (no CORS preflight): the
   * API's JSON and YAML bodies must be labelled as such (or not at all, as scripts send them), so such a
   * post never reaches a handler.
   */
  private static void refuseJsonInDisguise(Context ctx) {
    boolean hasBody = ctx.header(Header.TRANSFER_ENCODING) != null
        || (ctx.header(Header.CONTENT_LENGTH) != null && !"0".equals(ctx.header(Header.CONTENT_LENGTH).strip()));
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
    if (isApi(ctx) && !isUpload(ctx) && hasBody
        && (type.startsWith("text/plain") || type.startsWith("application/x-www-form-urlencoded"))) {
      throw new UnsupportedMediaTypeResponse("Send the body as JSON (Content-Type: application/json) or YAML"
          + " (application/yaml), not as " + (type.startsWith("text/") ? "text/plain" : "a form"));
    }
  }

  /** For pages no route matched: the signed-in user, if any, so the error page keeps the navigation. */
  void recognise(Context ctx) {
    fromSession(ctx).ifPresent(user -> ctx.attribute(USER, user));
  }

  /** Whether the request came with the control token (the {@code backup} command), not as a user. */
  static boolean isControl(Context ctx) {
    return Boolean.TRUE.equals(ctx.attribute(CONTROL));
  }

  static User user(Context ctx) {
    return ctx.attribute(USER);
  }

  /** The session's CSRF token; null for HTTP Basic callers. */
  static String csrf(Context ctx) {
    return ctx.attribute(CSRF);
  }

  static String sessionToken(Context ctx) {
    return ctx.attribute(TOKEN);
  }

  static boolean isApi(Context ctx) {
    return ctx.path().startsWith("/api/") || ctx.path().equals("/api") || ctx.path().startsWith("/health")
        || ctx.path().equals("/metrics");
  }

  static boolean isUpload(Context ctx) {
    return UPLOAD_ROUTES.contains(ctx.method().name() + " " + ctx.path());
  }

  /** The size rule of the route asked for, as a sentence. */
  static String sizeLimit(Context ctx) {
    return isUpload(ctx) ? "Requests (all files of an upload together) may be at most 50 MB"
        : "Requests to " + ctx.path() + " may be at most 64 KB";
  }

  private Optional<User> fromSession(Context ctx) {
    String token = ctx.cookie(Cookies.SESSION);
    Optional<SignIns.Session> session = signIns.session(token);
    session.ifPresent(s -> {
      ctx.attribute(CSRF, s.csrfToken());
      ctx.attribute(TOKEN, token);
    });
    return session.map(SignIns.Session::user);
  }

  private Optional<User> fromBasic(Context ctx) {
    BasicAuthCredentials credentials = basic(ctx);
    if (credentials == null) {
      return Optional.empty();
    }
    SignIns.Outcome outcome = signIns.basic(credentials.getUsername(), credentials.getPassword().toCharArray(), ctx.ip());
    if (outcome instanceof SignIns.Locked locked) {
      throw new TooManyRequestsResponse("Too many failed sign-ins; try again after " + Html.time(locked.until()) + " (UK time)");
    }
    return outcome instanceof SignIns.Granted granted ? Optional.of(granted.user()) : Optional.empty();
  }

  /**
   * A page asked for without a (live) session goes to the sign-in page, and comes back after it:
   * to the same address for a GET, to the form's page for a POST (a session that ran out while a
   * form was open). The API answers 401 with a Basic challenge.
   */
  private static RuntimeException notSignedIn(Context ctx) {
    if (isApi(ctx)) {
      ctx.header(Header.WWW_AUTHENTICATE, "Basic realm=\"carepool\", charset=\"UTF-8\"");
      return new UnauthorizedResponse("Sign in to use carepool");
    }
    String back = isSafe(ctx) ? ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString())
        : Page.sectionOf(ctx.path());
    ctx.redirect("/sign-in?next=" + URLEncoder.encode(SignInController.safeNext(back), StandardCharsets.UTF_8),
        HttpStatus.SEE_OTHER);
    return new RedirectResponse(HttpStatus.SEE_OTHER, "Sign in first");
  }

  private static void checkCsrf(Context ctx) {
    String sent = ctx.header("X-CSRF-Token");
    if (sent == null) {
      sent = ctx.formParam("csrf");
    }
    if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), csrf(ctx).getBytes(StandardCharsets.UTF_8))) {
      throw new ForbiddenResponse("This form has expired or did not come from carepool; reload the page and try again");
    }
  }

  /** Sec-Fetch-Site (sent by every current browser) says where a request came from. */
  private static void refuseCrossSite(Context ctx) {
    String site = ctx.header("Sec-Fetch-Site");
    if (!isSafe(ctx) && site != null && !site.equals("same-origin") && !site.equals("none")) {
      throw new ForbiddenResponse("Requests from other sites are refused");
    }
  }

  /**
   * Refuses a declared length over the route's limit before anything is read, and multipart bodies
   * outside the upload routes (so that no other route parses a 50 MB form). A body sent without a
   * length is stopped while it is read: by Jetty's multipart limit on the upload routes, by
   * Javalin's {@code maxRequestSize} elsewhere; {@link ErrorMapping} words both as 413.
   */
  private static void refuseOversized(Context ctx) {
    String length = ctx.header(Header.CONTENT_LENGTH);
    if (length != null && length.length() < 20 && length.chars().allMatch(Character::isDigit)
        && Long.parseLong(length) > (isUpload(ctx) ? MAX_UPLOAD_BYTES : MAX_OTHER_BYTES)) {
      drainIfSmall(ctx, Long.parseLong(length));
      throw new ContentTooLargeResponse(sizeLimit(ctx));
    }
    if (!isUpload(ctx) && ctx.isMultipartFormData()) {
      throw new UnsupportedMediaTypeResponse("Only file uploads are sent as multipart/form-data;"
          + " send this as a form (application/x-www-form-urlencoded)" + (isApi(ctx) ? " or as JSON" : ""));
    }
  }

  /**
   * A body of a few hundred kilobytes is read and thrown away before the 413 goes out: closing a
   * connection with unread bytes makes TCP reset it, and the reset can reach the client before our
   * answer does, so it would see a dropped connection instead of the reason. Bigger bodies are not
   * worth reading; their connection is closed.
   */
  private static void drainIfSmall(Context ctx, long declared) {
    if (declared > DRAIN_LIMIT_BYTES) {
      return;
    }
    try (var in = ctx.req().getInputStream()) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    } catch (java.io.IOException | RuntimeException gone) {
      // the client went away: the answer will not reach it either
    }
  }

  private static boolean isSafe(Context ctx) {
    String method = ctx.method().name();
    return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
  }

  private static Optional<String> bearer(Context ctx) {
    String header = ctx.header(Header.AUTHORIZATION);
    return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
        ? Optional.of(header.substring(7).strip()) : Optional.empty();
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
