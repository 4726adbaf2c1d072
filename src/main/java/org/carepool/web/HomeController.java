package org.carepool.web;

import io.javalin.http.Context;
import java.util.Map;
import org.carepool.dashboard.DashboardView;
import org.carepool.dashboard.Dashboards;
import org.carepool.schedule.Schedules;
import org.carepool.security.Role;
import org.carepool.security.User;

/**
 * {@code GET /}: where every board stands (the dashboard), where each role can go from here; admins
 * also see pack runs that need them.
 */
final class HomeController {
  private final Schedules schedules;
  private final Dashboards dashboards;

  HomeController(Schedules schedules, Dashboards dashboards) {
    this.schedules = schedules;
    this.dashboards = dashboards;
  }

  /** What {@code home.jte} shows; the counts are those an admin must act on (0 for anyone else). */
  record Home(User user, int runsNeedingAttention, int unusableSchedules, DashboardView dashboard) {
    boolean analyst() {
      return user.role().includes(Role.ANALYST);
    }

    boolean admin() {
      return user.role().includes(Role.ADMIN);
    }

    /** A failed delivery must not wait for someone to open the Schedules page; null when nothing needs it. */
    String attention() {
      int runs = runsNeedingAttention;
      int unusable = unusableSchedules;
      if (runs == 0 && unusable == 0) {
        return null;
      }
      return (runs > 0 ? runs + (runs == 1 ? " pack run needs" : " pack runs need") + " attention" : "")
          + (runs > 0 && unusable > 0 ? "; " : "")
          + (unusable > 0 ? unusable + (unusable == 1 ? " schedule cannot" : " schedules cannot") + " run" : "");
    }
  }

  void home(Context ctx) {
    User user = Guard.user(ctx);
    boolean admin = user.role().includes(Role.ADMIN);
    var home = new Home(user, admin ? schedules.needingAttention().size() : 0, admin ? schedules.unusable().size() : 0,
        dashboards.dashboard());
    Page.render(ctx, "home.jte", "carepool", Map.of("home", home));
  }
}
