package org.carepool.web;

import org.carepool.error.Invalid;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

  /** What {@code usersBody.jte} shows: every user, and the create form with the name and role it keeps. */
  record Users(List<User> all, String name, Role role, String csrf) {}

  void page(Context ctx) {
    String done = DONE.getOrDefault(Objects.toString(ctx.queryParam("done"), ""), "");
    Page.render(ctx, "users.jte", "Users", Map.of("done", done, "users", users(ctx)));
  }

  /** The create form (keeping the name and role just sent, after an error) and every user; also shown under an error. */
  String body(Context ctx) {
    return Page.part(ctx, "usersBody.jte", Map.of("users", users(ctx)));
  }

  private Users users(Context ctx) {
    boolean creating = ctx.method().name().equals("POST") && ctx.path().equals("/users");
    String name = creating ? Objects.toString(ctx.formParam("username"), "") : "";
    Role role = creating ? Arrays.stream(Role.values()).filter(r -> r.name().equals(ctx.formParam("role"))).findFirst()
        .orElse(Role.VIEWER) : Role.VIEWER;
    return new Users(users.all(), name, role, Guard.csrf(ctx));
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
        .orElseThrow(() -> new Invalid("role: one of VIEWER, ANALYST, ADMIN"));
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
}
