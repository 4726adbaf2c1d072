package org.carepool.web;

import static org.carepool.web.Html.esc;

import io.javalin.http.Context;
import org.carepool.schedule.Schedules;
import org.carepool.security.Role;
import org.carepool.security.User;

/** {@code GET /}: where each role can go from here; admins also see pack runs that need them. */
final class HomeController {
  private final Schedules schedules;

  HomeController(Schedules schedules) {
    this.schedules = schedules;
  }

  void home(Context ctx) {
    User user = Guard.user(ctx);
    StringBuilder body = new StringBuilder(user.role().includes(Role.ADMIN) ? attention() : "").append("<p>Welcome, ").append(esc(user.username())).append(".</p><ul>")
        .append("<li><a href=\"/reports\">Reports</a>: download income and expenditure, performance, spend mapping and board packs.</li>")
        .append("<li><a href=\"/packs\">Packs</a>: download the board packs the schedules produced.</li>")
        .append("<li><a href=\"/schedules\">Schedules</a>: when each board's pack goes out, and every run"
            + (user.role().includes(Role.ADMIN) ? "; create, pause, run now and delete schedules" : "") + ".</li>");
    if (user.role().includes(Role.ANALYST)) {
      body.append("<li><a href=\"/data\">Data</a>: load CSV files and see past imports.</li>");
    }
    if (user.role().includes(Role.ADMIN)) {
      body.append("<li><a href=\"/users\">Users</a>: create users, change roles, reset passwords, disable.</li>")
          .append("<li><a href=\"/audit\">Audit</a>: who did what, when, from where.</li>");
    }
    ctx.html(Page.of(ctx, "carepool", body.append("</ul>").toString()));
  }

  /** A failed delivery must not wait for someone to open the Schedules page. */
  private String attention() {
    int runs = schedules.needingAttention().size();
    int unusable = schedules.unusable().size();
    if (runs == 0 && unusable == 0) {
      return "";
    }
    String what = (runs > 0 ? runs + (runs == 1 ? " pack run needs" : " pack runs need") + " attention" : "")
        + (runs > 0 && unusable > 0 ? "; " : "")
        + (unusable > 0 ? unusable + (unusable == 1 ? " schedule cannot" : " schedules cannot") + " run" : "");
    return "<div class=\"error\" role=\"alert\" id=\"attention\"><p>" + esc(what)
        + ": see <a href=\"/schedules#attention\">Schedules</a>.</p></div>";
  }
}
