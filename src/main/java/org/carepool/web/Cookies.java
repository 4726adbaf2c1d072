package org.carepool.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/**
 * The cookies carepool sets. The session token, and the short-lived token that protects the
 * sign-in form itself from cross-site posting (there is no session yet to hold a CSRF token), are
 * HttpOnly and SameSite=Strict, and Secure when users reach carepool over https (see
 * {@link Forwarded#secure}). The download cookie only tells the Reports page's script that a
 * file it asked for has arrived, so that script may read it.
 */
final class Cookies {
  static final String SESSION = "carepool_session";
  static final String SIGN_IN = "carepool_sign_in";
  static final String DOWNLOAD = "carepool_download";

  private final Forwarded forwarded;

  Cookies(Forwarded forwarded) {
    this.forwarded = forwarded;
  }

  void set(Context ctx, String name, String value, int maxAgeSeconds) {
    ctx.cookie(new Cookie(name, value, "/", maxAgeSeconds, forwarded.secure(ctx), true, null, SameSite.STRICT));
  }

  void clear(Context ctx, String name) {
    set(ctx, name, "", 0);
  }

  /** Readable by the page's script (not HttpOnly); carries only the token the script itself chose. */
  void downloaded(Context ctx, String token) {
    ctx.cookie(new Cookie(DOWNLOAD, token, "/", 60, forwarded.secure(ctx), false, null, SameSite.STRICT));
  }
}
