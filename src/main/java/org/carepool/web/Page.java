package org.carepool.web;

import static org.carepool.web.Html.esc;

import io.javalin.http.Context;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.carepool.security.Role;
import org.carepool.security.User;

/** The layout every page shares: navigation by role (the current page marked), sign-out, the main content. */
final class Page {
  /** The pages in the navigation, in order, with the least role that sees each. */
  private static final Map<String, Link> LINKS = links();

  private record Link(String name, Role least) {}

  private Page() {}

  /** A page for a signed-in user. */
  static String of(Context ctx, String title, String body) {
    return frame(title, title, navigation(ctx), body);
  }

  /** A page that shows an error (its browser title says so first, as screen readers announce it). */
  static String withError(Context ctx, String title, String body) {
    return frame("Error: " + title, title, navigation(ctx), body);
  }

  /** A page for anyone, with no navigation (sign-in, errors before signing in). */
  static String plain(String title, String body) {
    return frame(title, title, "", body);
  }

  /** Where a path belongs in the navigation: "/users/bob/role" to "/users"; "/" when nowhere. */
  static String sectionOf(String path) {
    for (String page : LINKS.keySet()) {
      if (!page.equals("/") && (path.equals(page) || path.startsWith(page + "/"))) {
        return page;
      }
    }
    return "/";
  }

  /** The name of the page {@link #sectionOf} gives, e.g. "Users"; "the home page" for "/". */
  static String nameOf(String page) {
    return page.equals("/") ? "the home page" : LINKS.get(page).name();
  }

  private static String frame(String browserTitle, String heading, String nav, String body) {
    return """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s — carepool</title>
        <link rel="stylesheet" href="/assets/carepool.css">
        <script src="/assets/carepool.js" defer></script>
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
        """.formatted(esc(browserTitle), nav, esc(heading), body);
  }

  private static String navigation(Context ctx) {
    User user = Guard.user(ctx);
    if (user == null) {
      return "";
    }
    String current = sectionOf(ctx.path());
    StringBuilder links = new StringBuilder();
    LINKS.forEach((href, link) -> {
      if (user.role().includes(link.least())) {
        links.append("<li><a href=\"").append(href).append('"').append(href.equals(current) ? " aria-current=\"page\"" : "")
            .append('>').append(link.name()).append("</a></li>");
      }
    });
    String csrf = Guard.csrf(ctx);
    String signOut = csrf == null ? ""
        : "<form class=\"sign-out\" method=\"post\" action=\"/sign-out\">" + Html.hidden("csrf", csrf)
          + "<button type=\"submit\">Sign out</button></form>";
    return "<nav aria-label=\"Main\"><ul>" + links + "</ul></nav><p class=\"who\">Signed in as <strong>"
        + esc(user.username()) + "</strong> (" + esc(user.role()) + ")</p>" + signOut;
  }

  private static Map<String, Link> links() {
    Map<String, Link> links = new LinkedHashMap<>();
    links.put("/", new Link("Home", Role.VIEWER));
    links.put("/reports", new Link("Reports", Role.VIEWER));
    links.put("/schedules", new Link("Schedules", Role.VIEWER));
    links.put("/packs", new Link("Packs", Role.VIEWER));
    links.put("/data", new Link("Data", Role.ANALYST));
    links.put("/users", new Link("Users", Role.ADMIN));
    links.put("/audit", new Link("Audit", Role.ADMIN));
    return Collections.unmodifiableMap(links);
  }
}
