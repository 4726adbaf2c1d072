package org.carepool.web;

import static org.carepool.web.Html.esc;

import io.javalin.http.Context;
import org.carepool.security.Role;
import org.carepool.security.User;

/** The layout every page shares: navigation by role, sign-out, the main content. */
final class Page {
  private Page() {}

  /** A page for a signed-in user. */
  static String of(Context ctx, String title, String body) {
    User user = Guard.user(ctx);
    return frame(title, user == null ? "" : navigation(user, Guard.csrf(ctx)), body);
  }

  /** A page for anyone, with no navigation (sign-in, errors before signing in). */
  static String plain(String title, String body) {
    return frame(title, "", body);
  }

  private static String frame(String title, String nav, String body) {
    return """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s — carepool</title>
        <link rel="stylesheet" href="/assets/carepool.css">
        </head>
        <body>
        <a class="skip" href="#main">Skip to main content</a>
        <header><a class="brand" href="/">carepool</a>%s</header>
        <main id="main">
        <h1>%s</h1>
        %s
        </main>
        </body>
        </html>
        """.formatted(esc(title), nav, esc(title), body);
  }

  private static String navigation(User user, String csrf) {
    StringBuilder links = new StringBuilder("<li><a href=\"/\">Home</a></li><li><a href=\"/reports\">Reports</a></li>"
        + "<li><a href=\"/schedules\">Schedules</a></li><li><a href=\"/packs\">Packs</a></li>");
    if (user.role().includes(Role.ANALYST)) {
      links.append("<li><a href=\"/data\">Data</a></li>");
    }
    if (user.role().includes(Role.ADMIN)) {
      links.append("<li><a href=\"/users\">Users</a></li><li><a href=\"/audit\">Audit</a></li>");
    }
    String signOut = csrf == null ? ""
        : "<form class=\"sign-out\" method=\"post\" action=\"/sign-out\">" + Html.hidden("csrf", csrf)
          + "<button type=\"submit\">Sign out</button></form>";
    return "<nav aria-label=\"Main\"><ul>" + links + "</ul></nav><p class=\"who\">Signed in as <strong>"
        + esc(user.username()) + "</strong> (" + esc(user.role()) + ")</p>" + signOut;
  }
}
