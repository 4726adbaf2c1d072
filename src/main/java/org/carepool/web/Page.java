package org.carepool.web;

import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carepool.security.Role;
import org.carepool.security.User;

/**
 * The layout every page shares ({@code layout.jte}): navigation by role (the current page marked),
 * sign-out, the main content. A page renders its template with {@link #render}, which adds the layout.
 */
final class Page {
  /** The pages in the navigation, in order, with the least role that sees each. */
  private static final Map<String, Link> LINKS = links();

  private record Link(String name, Role least) {}

  /** What the layout shows around a page; {@code user} is null on the sign-in page (no navigation). */
  record Layout(String browserTitle, String heading, List<NavLink> links, User user, String csrf) {}

  record NavLink(String href, String name, boolean current) {}

  private Page() {}

  /** Renders {@code template} with {@code model} and a {@code layout} for a signed-in user titled {@code title}. */
  static void render(Context ctx, String template, String title, Map<String, ?> model) {
    ctx.render(template, with(model, layout(ctx, title, title)));
  }

  /** The same, for a page that shows an error (its browser title says so first, as screen readers announce it). */
  static void renderError(Context ctx, String template, String title, Map<String, ?> model) {
    ctx.render(template, with(model, layout(ctx, "Error: " + title, title)));
  }

  /** A page for anyone, with no navigation (sign-in). */
  static void renderPlain(Context ctx, String template, String title, Map<String, ?> model) {
    ctx.render(template, with(model, new Layout(title, title, List.of(), null, null)));
  }

  /** A template rendered to a string, without the layout: a part that another page or an error page shows. */
  static String part(Context ctx, String template, Map<String, ?> model) {
    return ctx.appData(FileRenderer.FileRendererKey).render(template, model, ctx);
  }

  /** A page around parts already rendered from templates (the Reports page's chooser and headline, an error above a page's form). */
  static String of(Context ctx, String title, String body) {
    return part(ctx, "htmlPage.jte", Map.of("layout", layout(ctx, title, title), "body", body));
  }

  /** The same, for a page that shows an error. */
  static String withError(Context ctx, String title, String body) {
    return part(ctx, "htmlPage.jte", Map.of("layout", layout(ctx, "Error: " + title, title), "body", body));
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

  private static Layout layout(Context ctx, String browserTitle, String heading) {
    User user = Guard.user(ctx);
    if (user == null) {
      return new Layout(browserTitle, heading, List.of(), null, null);
    }
    String current = sectionOf(ctx.path());
    List<NavLink> links = LINKS.entrySet().stream().filter(l -> user.role().includes(l.getValue().least()))
        .map(l -> new NavLink(l.getKey(), l.getValue().name(), l.getKey().equals(current))).toList();
    return new Layout(browserTitle, heading, links, user, Guard.csrf(ctx));
  }

  private static Map<String, Object> with(Map<String, ?> model, Layout layout) {
    Map<String, Object> all = new HashMap<>(model);
    all.put("layout", layout);
    return all;
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
