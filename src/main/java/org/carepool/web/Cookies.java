package org.carepool.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/**
 * The two cookies carepool sets, both HttpOnly and SameSite=Strict, and Secure when the request
 * came over TLS: the session token, and the short-lived token that protects the sign-in form
 * itself from cross-site posting (there is no session yet to hold a CSRF token).
 */
final class Cookies {
  static final String SESSION = "carepool_session";
  static final String SIGN_IN = "carepool_sign_in";

  private Cookies() {}

  static void set(Context ctx, String name, String value, int maxAgeSeconds) {
    boolean secure = "https".equalsIgnoreCase(ctx.scheme());
    ctx.cookie(new Cookie(name, value, "/", maxAgeSeconds, secure, true, null, SameSite.STRICT));
  }

  static void clear(Context ctx, String name) {
    set(ctx, name, "", 0);
  }
}
