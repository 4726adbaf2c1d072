package org.carepool.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import org.carepool.security.SignIns;

/** {@code /sign-in} and {@code /sign-out}. */
final class SignInController {
  private static final int SIGN_IN_FORM_SECONDS = 30 * 60;

  private final SignIns signIns;
  private final Cookies cookies;
  private final SecureRandom random = new SecureRandom();

  SignInController(SignIns signIns, Cookies cookies) {
    this.signIns = signIns;
    this.cookies = cookies;
  }

  /** The form; someone already signed in goes straight on to where they were heading. */
  void form(Context ctx) {
    if (signIns.session(ctx.cookie(Cookies.SESSION)).isPresent()) {
      ctx.redirect(safeNext(ctx.queryParam("next")), HttpStatus.SEE_OTHER);
      return;
    }
    page(ctx, "");
  }

  void signIn(Context ctx) {
    Forms.requireForm(ctx);
    if (!formTokenMatches(ctx)) {
      page(ctx.status(400), "The sign-in form had expired; please sign in again.");
      return;
    }
    SignIns.Outcome outcome = signIns.signIn(ctx.formParam("username"), password(ctx), ctx.ip());
    if (outcome instanceof SignIns.Granted granted) {
      enter(ctx, granted);
    } else {
      page(ctx.status(outcome instanceof SignIns.Locked ? 429 : 401), refusal(outcome));
    }
  }

  void signOut(Context ctx) {
    signIns.signOut(Guard.sessionToken(ctx), Guard.user(ctx).username(), ctx.ip());
    cookies.clear(ctx, Cookies.SESSION);
    ctx.redirect("/sign-in", HttpStatus.SEE_OTHER);
  }

  /** Only a path on this site: never another host ("//evil", "/\evil", "https:…"). */
  static String safeNext(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
        || next.length() > 200 || next.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
      return "/";
    }
    return next;
  }

  private void enter(Context ctx, SignIns.Granted granted) {
    cookies.clear(ctx, Cookies.SIGN_IN);
    cookies.set(ctx, Cookies.SESSION, granted.sessionToken(), -1);
    ctx.redirect(safeNext(ctx.formParam("next")), HttpStatus.SEE_OTHER);
  }

  private static String refusal(SignIns.Outcome outcome) {
    if (outcome instanceof SignIns.Locked locked) {
      return "Too many failed sign-ins for this user name or from this address. "
          + "Try again after " + Html.time(locked.until()) + " (UK time).";
    }
    return "The user name or password is not right.";
  }

  private static char[] password(Context ctx) {
    String password = ctx.formParam("password");
    return password == null ? new char[0] : password.toCharArray();
  }

  private static boolean formTokenMatches(Context ctx) {
    String cookie = ctx.cookie(Cookies.SIGN_IN);
    String sent = ctx.formParam("form_token");
    return cookie != null && sent != null
        && MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }

  /** What {@code sign-in.jte} shows: the error, the form's token, where to go next, the name typed. */
  record Form(String error, String token, String next, String typed) {}

  private void page(Context ctx, String error) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    cookies.set(ctx, Cookies.SIGN_IN, token, SIGN_IN_FORM_SECONDS);
    boolean posted = ctx.method().name().equals("POST");
    String next = safeNext(posted ? ctx.formParam("next") : ctx.queryParam("next"));
    String typed = posted ? Objects.toString(ctx.formParam("username"), "") : "";
    Page.renderPlain(ctx, "signIn.jte", "Sign in", Map.of("form", new Form(error, token, next, typed)));
  }
}
