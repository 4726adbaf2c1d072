package org.carepool.security;

import org.carepool.audit.Audit;
import org.carepool.audit.AuditAction;

/**
 * What an administrator does to users, each change audited with who made it and from where.
 * Administrators cannot disable or demote themselves, so the last one cannot lock everyone out
 * by accident. Methods return false when the user does not exist.
 */
public final class UserAdmin {
  /** Who is making the change, and from which address. */
  public record Actor(String username, String address) {}

  private final UserService users;
  private final SignIns signIns;
  private final Audit audit;

  public UserAdmin(UserService users, SignIns signIns, Audit audit) {
    this.users = users;
    this.signIns = signIns;
    this.audit = audit;
  }

  /** Returns false when the name is already taken. */
  public boolean create(Actor by, String username, Role role, char[] password) {
    boolean created = users.create(username, role, password);
    if (created) {
      audit.record(by.username(), AuditAction.USER_CREATED, username + " with role " + role, by.address());
    }
    return created;
  }

  /**
   * Creates the user, or sets the role and password of the one of that name and ends its sessions
   * (the {@code user} command).
   */
  public void save(Actor by, String username, Role role, char[] password) {
    boolean existed = users.find(username).isPresent();
    users.save(username, role, password);
    if (existed) {
      signIns.endSessionsOf(username);
    }
    audit.record(by.username(), existed ? AuditAction.USER_SAVED : AuditAction.USER_CREATED, username + " with role " + role
        + (existed ? ", password set; their sessions ended" : ""), by.address());
  }

  public boolean changeRole(Actor by, String username, Role role) {
    notSelf(by, username, "change your own role");
    return audited(users.changeRole(username, role), by, AuditAction.USER_ROLE_CHANGED, username + " is now " + role);
  }

  public boolean resetPassword(Actor by, String username, char[] password) {
    boolean changed = users.resetPassword(username, password);
    if (changed) {
      signIns.endSessionsOf(username);
    }
    return audited(changed, by, AuditAction.USER_PASSWORD_RESET, "password of " + username + " reset; their sessions ended");
  }

  public boolean disable(Actor by, String username) {
    notSelf(by, username, "disable yourself");
    boolean changed = users.disable(username);
    if (changed) {
      signIns.endSessionsOf(username);
    }
    return audited(changed, by, AuditAction.USER_DISABLED, username + " disabled; their sessions ended");
  }

  public boolean enable(Actor by, String username) {
    return audited(users.enable(username), by, AuditAction.USER_ENABLED, username + " enabled");
  }

  private boolean audited(boolean changed, Actor by, AuditAction action, String detail) {
    if (changed) {
      audit.record(by.username(), action, detail, by.address());
    }
    return changed;
  }

  private static void notSelf(Actor by, String username, String what) {
    if (by.username().equals(username)) {
      throw new UserChangeRefused("you cannot " + what + "; ask another administrator");
    }
  }
}
