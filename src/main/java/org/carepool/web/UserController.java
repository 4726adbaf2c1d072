package org.carepool.web;

import static org.carepool.web.Html.esc;

import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.carepool.security.Role;
import org.carepool.security.User;
import org.carepool.security.UserAdmin;
import org.carepool.security.UserService;

/** The Users page (ADMIN): list, create, change role, reset password, disable and enable. */
final class UserController {
  private static final Map<String, String> DONE = Map.of(
      "created", "User created.", "role", "Role changed.", "password", "Password reset; their sessions have ended.",
      "disabled", "User disabled; their sessions have ended.", "enabled", "User enabled.");

  private final UserService users;
  private final UserAdmin admin;

  UserController(UserService users, UserAdmin admin) {
    this.users = users;
    this.admin = admin;
  }

  void page(Context ctx) {
    String done = DONE.getOrDefault(Objects.toString(ctx.queryParam("done"), ""), "");
    String message = done.isEmpty() ? "" : "<p class=\"message\" role=\"status\">" + esc(done) + "</p>";
    ctx.html(Page.of(ctx, "Users", message + body(ctx)));
  }

  /** The create form (keeping the name and role just sent, after an error) and every user; also shown under an error. */
  String body(Context ctx) {
    boolean creating = ctx.method().name().equals("POST") && ctx.path().equals("/users");
    String name = creating ? Objects.toString(ctx.formParam("username"), "") : "";
    Role role = creating ? Arrays.stream(Role.values()).filter(r -> r.name().equals(ctx.formParam("role"))).findFirst()
        .orElse(Role.VIEWER) : Role.VIEWER;
    String rows = users.all().stream().map(u -> row(u, Guard.csrf(ctx))).collect(Collectors.joining());
    return createForm(Guard.csrf(ctx), name, role)
        + "<h2>All users</h2><div class=\"table-wrap\"><table class=\"cards\"><thead><tr><th scope=\"col\">User</th>"
        + "<th scope=\"col\">Role</th><th scope=\"col\">Status</th><th scope=\"col\">Change</th></tr></thead><tbody>"
        + rows + "</tbody></table></div>";
  }

  void create(Context ctx) {
    Forms.requireForm(ctx);
    String name = Forms.required(ctx, "username", "user name");
    if (!admin.create(actor(ctx), name, role(ctx), password(ctx))) {
      throw new ConflictResponse("A user called '" + name + "' already exists");
    }
    done(ctx, "created");
  }

  void changeRole(Context ctx) {
    Forms.requireForm(ctx);
    found(admin.changeRole(actor(ctx), ctx.pathParam("name"), role(ctx)), ctx);
    done(ctx, "role");
  }

  void resetPassword(Context ctx) {
    Forms.requireForm(ctx);
    found(admin.resetPassword(actor(ctx), ctx.pathParam("name"), password(ctx)), ctx);
    done(ctx, "password");
  }

  void setEnabled(Context ctx) {
    Forms.requireForm(ctx);
    boolean enable = "true".equals(Forms.required(ctx, "enabled", "enabled"));
    String name = ctx.pathParam("name");
    found(enable ? admin.enable(actor(ctx), name) : admin.disable(actor(ctx), name), ctx);
    done(ctx, enable ? "enabled" : "disabled");
  }

  static UserAdmin.Actor actor(Context ctx) {
    return new UserAdmin.Actor(Guard.user(ctx).username(), ctx.ip());
  }

  private static Role role(Context ctx) {
    String role = Forms.required(ctx, "role", "role");
    return Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst()
        .orElseThrow(() -> new InvalidInput("role: one of VIEWER, ANALYST, ADMIN"));
  }

  private static char[] password(Context ctx) {
    return Forms.required(ctx, "password", "password").toCharArray();
  }

  private static void found(boolean changed, Context ctx) {
    if (!changed) {
      throw new NotFoundResponse("There is no user called '" + ctx.pathParam("name") + "'");
    }
  }

  private static void done(Context ctx, String what) {
    ctx.redirect("/users?done=" + what, HttpStatus.SEE_OTHER);
  }

  private static String createForm(String csrf, String name, Role role) {
    return """
        <h2>Create a user</h2>
        <form class="stack" method="post" action="/users">%s
        <div><label for="new-username">User name</label><input id="new-username" name="username" required maxlength="100" autocomplete="off"
          pattern="[A-Za-z0-9._@\\-]{1,100}" title="letters, digits or . _ @ -" value="%s"></div>
        <div><label for="new-role">Role</label><select id="new-role" name="role">%s</select></div>
        <div><label for="new-password">Password (8 to 72 characters)</label><input id="new-password" name="password" type="password"
          autocomplete="new-password" required minlength="8" maxlength="72"></div>
        <div><button type="submit">Create user</button></div>
        </form>
        """.formatted(Html.hidden("csrf", csrf), esc(name), roleOptions(role));
  }

  private static String row(User user, String csrf) {
    String name = esc(user.username());
    String base = "/users/" + name;
    String hidden = Html.hidden("csrf", csrf);
    return "<tr><th scope=\"row\">" + name + "</th><td data-label=\"Role\">" + user.role() + "</td><td data-label=\"Status\">"
        + (user.enabled() ? "enabled" : "disabled") + "</td><td data-label=\"Change\">"
        + "<form class=\"inline\" method=\"post\" action=\"" + base + "/role\">" + hidden
        + "<label for=\"role-" + name + "\">Role of " + name + "</label><select id=\"role-" + name + "\" name=\"role\">" + roleOptions(user.role())
        + "</select><button type=\"submit\">Change role</button></form>"
        + "<form class=\"inline\" method=\"post\" action=\"" + base + "/password\" data-confirm=\"Reset the password of "
        + name + "? Their sessions end at once.\">" + hidden
        + "<label for=\"password-" + name + "\">New password for " + name + "</label><input id=\"password-" + name
        + "\" name=\"password\" type=\"password\" autocomplete=\"new-password\" required minlength=\"8\" maxlength=\"72\">"
        + "<button type=\"submit\">Reset password</button></form>"
        + "<form class=\"inline\" method=\"post\" action=\"" + base + "/enabled\""
        + (user.enabled() ? " data-confirm=\"Disable " + name + "? They are signed out at once.\"" : "") + ">" + hidden
        + Html.hidden("enabled", Boolean.toString(!user.enabled()))
        + "<button type=\"submit\" class=\"secondary\">" + (user.enabled() ? "Disable " : "Enable ") + name + "</button></form>"
        + "</td></tr>";
  }

  private static String roleOptions(Role selected) {
    return Arrays.stream(Role.values()).map(r -> Html.option(r.name(), r.name(), selected.name())).collect(Collectors.joining());
  }
}
