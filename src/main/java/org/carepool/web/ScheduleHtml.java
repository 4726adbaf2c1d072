package org.carepool.web;

import static org.carepool.web.Html.esc;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.carepool.report.Format;
import org.carepool.report.ReportId;
import org.carepool.schedule.RunRecord;
import org.carepool.schedule.ScheduleView;

/** The HTML of the Schedules, runs and Packs pages; everything shown passes through {@link Html#esc}. */
final class ScheduleHtml {
  private ScheduleHtml() {}

  static String message(String done) {
    return done.isEmpty() ? "" : "<p class=\"message\" role=\"status\">" + esc(done) + "</p>";
  }

  /** The schedules; with a CSRF token (an admin) each row carries its buttons. */
  static String list(List<ScheduleView> schedules, String csrf) {
    if (schedules.isEmpty()) {
      return "<p>There are no schedules yet.</p>";
    }
    String rows = schedules.stream().map(s -> row(s, csrf)).collect(Collectors.joining());
    return "<div class=\"table-wrap\"><table id=\"schedules\"><thead><tr><th scope=\"col\">Schedule</th>"
        + "<th scope=\"col\">Board</th><th scope=\"col\">Reports</th><th scope=\"col\">When</th>"
        + "<th scope=\"col\">Next fire</th><th scope=\"col\">State</th>"
        + (csrf == null ? "" : "<th scope=\"col\">Actions</th>") + "</tr></thead><tbody>" + rows + "</tbody></table></div>";
  }

  private static String row(ScheduleView s, String csrf) {
    String id = esc(s.id());
    String source = s.readOnly() ? "file schedules/" + id + ".yaml (read-only)" : "made in the page";
    String state = !s.enabled() ? "disabled" : s.paused() ? "<strong class=\"paused\">paused</strong>" : "active";
    return "<tr id=\"schedule-" + id + "\"><th scope=\"row\"><a href=\"/schedules/" + id + "/runs\">" + id + "</a>"
        + "<br><small>" + source + "</small></th><td>" + esc(s.board()) + "</td><td>" + esc(String.join(", ", s.reports()))
        + "</td><td><code>" + esc(s.cron()) + "</code><br><small>" + esc(s.timeZone())
        + (s.workingDay() == null ? "" : ", next working day") + "</small></td><td>"
        + (s.nextFire() == null ? "—" : esc(Html.when(s.nextFire().toInstant()))) + "</td><td>" + state + "</td>"
        + (csrf == null ? "" : "<td>" + actions(s, csrf) + "</td>") + "</tr>";
  }

  private static String actions(ScheduleView s, String csrf) {
    String id = esc(s.id());
    String html = s.paused() ? button(id, "resume", "Resume " + id, csrf, "secondary")
        : button(id, "pause", "Pause " + id, csrf, "secondary");
    html += button(id, "run", "Run " + id + " now", csrf, "");
    if (!s.readOnly()) {
      html += "<a class=\"button-link\" href=\"/schedules?edit=" + id + "#edit\">Edit " + id + "</a>"
          + button(id, "delete", "Delete " + id, csrf, "danger");
    }
    return "<div class=\"inline\">" + html + "</div>";
  }

  private static String button(String id, String action, String label, String csrf, String css) {
    return "<form method=\"post\" action=\"/schedules/" + id + "/" + action + "\">" + Html.hidden("csrf", csrf)
        + "<button type=\"submit\"" + (css.isEmpty() ? "" : " class=\"" + css + "\"") + ">" + esc(label)
        + "</button></form>";
  }

  /** The create/edit form; {@code editing} prefills it. The fire times come from /assets/schedules.js. */
  static String form(ScheduleView editing, Map<String, String> boards, String csrf) {
    ScheduleView s = editing;
    String boardOptions = boards.entrySet().stream()
        .map(b -> Html.option(b.getKey(), b.getKey() + " — " + b.getValue(), s == null ? "" : s.board()))
        .collect(Collectors.joining());
    String reports = Arrays.stream(ReportId.values()).map(r -> check("reports", r.id(), r.title(),
        s == null || s.reports().contains(r.id()))).collect(Collectors.joining());
    String formats = Arrays.stream(Format.values()).map(f -> check("formats", f.extension(), f.extension().toUpperCase(),
        s == null ? f == Format.PDF : s.formats().contains(f.extension()))).collect(Collectors.joining());
    return """
        <h2 id="edit">%s</h2>
        <form class="stack schedule-form" method="post" action="/schedules">%s
        <div><label for="id">Id (lower-case letters, digits and -)</label><input id="id" name="id" required maxlength="80"
          pattern="[a-z0-9][a-z0-9\\-]{0,79}" value="%s"%s></div>
        <div><label for="board">Board</label><select id="board" name="board">%s</select></div>
        <fieldset><legend>Reports, in pack order</legend>%s</fieldset>
        <div><label for="cron">Quartz cron (seconds minutes hours day-of-month month day-of-week)</label>
          <input id="cron" name="cron" required value="%s" autocomplete="off"></div>
        <div><label for="time_zone">Time zone</label><input id="time_zone" name="time_zone" required value="%s"></div>
        <div><label class="check"><input type="checkbox" id="working_day" name="working_day" value="next"%s>
          On a weekend or bank holiday, run on the next working day</label></div>
        <section class="preview" aria-live="polite"><h3>Next five fire times</h3><ol id="fires"></ol>
          <p id="cron-problem" class="error" hidden></p></section>
        <div><label for="period">Period reported</label><select id="period" name="period">%s</select></div>
        <fieldset><legend>Formats</legend>%s</fieldset>
        <div><label for="recipients">Recipients (e-mail addresses, separated by commas)</label>
          <input id="recipients" name="recipients" required value="%s"></div>
        <div><label for="misfire">After downtime over a fire time</label><select id="misfire" name="misfire">%s</select></div>
        <div><button type="submit">Save schedule</button></div>
        </form>
        <script src="/assets/schedules.js"></script>
        """.formatted(s == null ? "Create a schedule" : "Edit schedule " + esc(s.id()), Html.hidden("csrf", csrf),
        s == null ? "" : esc(s.id()), s == null ? "" : " readonly", boardOptions, reports,
        s == null ? "0 0 7 7 * ?" : esc(s.cron()), s == null ? "Europe/London" : esc(s.timeZone()),
        s != null && s.workingDay() != null ? " checked" : "",
        Html.option("previous-month", "The previous month", s == null ? "previous-month" : s.period())
            + Html.option("current-month", "The current month", s == null ? "" : s.period()),
        formats, s == null ? "" : esc(String.join(", ", s.recipients())),
        Html.option("run-once", "Run once when back", s == null ? "run-once" : s.misfire())
            + Html.option("skip", "Skip the missed fire", s == null ? "" : s.misfire()));
  }

  private static String check(String name, String value, String label, boolean checked) {
    return "<label class=\"check\"><input type=\"checkbox\" name=\"" + name + "\" value=\"" + esc(value) + "\""
        + (checked ? " checked" : "") + "> " + esc(label) + "</label>";
  }

  static String runs(ScheduleView s, List<RunRecord> runs) {
    String head = "<p>Board " + esc(s.board()) + ", <code>" + esc(s.cron()) + "</code> " + esc(s.timeZone())
        + ". <a href=\"/schedules\">All schedules</a></p>";
    if (runs.isEmpty()) {
      return head + "<p>No runs yet.</p>";
    }
    String rows = runs.stream().map(ScheduleHtml::runRow).collect(Collectors.joining());
    return head + "<div class=\"table-wrap\"><table id=\"runs\"><thead><tr><th scope=\"col\">Fire time</th>"
        + "<th scope=\"col\">Kind</th><th scope=\"col\">Started</th><th scope=\"col\">Ended</th><th scope=\"col\">Outcome</th>"
        + "<th scope=\"col\">Pack</th><th scope=\"col\">Recipients</th><th scope=\"col\">Error</th></tr></thead><tbody>"
        + rows + "</tbody></table></div>";
  }

  private static String runRow(RunRecord r) {
    String outcome = "<span class=\"outcome " + esc(r.outcome().toLowerCase()) + "\">" + esc(r.outcome()) + "</span>";
    return "<tr" + ("FAILED".equals(r.outcome()) ? " class=\"failed\"" : "") + "><td>" + esc(Html.when(r.scheduledFireTime()))
        + "</td><td>" + esc(r.kind()) + "</td><td>" + esc(Html.when(r.startedAt())) + "</td><td>" + esc(Html.when(r.endedAt()))
        + "</td><td>" + outcome + (r.attempts() > 0 ? "<br><small>" + r.attempts() + " attempt(s)</small>" : "")
        + "</td><td>" + packLink(r) + "</td><td>" + esc(String.join(", ", r.recipients())) + "</td><td>"
        + esc(r.error()) + "</td></tr>";
  }

  static String packs(List<RunRecord> packs) {
    if (packs.isEmpty()) {
      return "<p>No packs have been archived yet.</p>";
    }
    String rows = packs.stream().map(p -> "<tr><td>" + esc(p.board()) + "</td><td>" + esc(p.period()) + "</td><td>"
        + "<a href=\"/schedules/" + esc(p.schedule()) + "/runs\">" + esc(p.schedule()) + "</a></td><td>"
        + esc(Html.when(p.startedAt())) + "</td><td>" + esc(p.outcome()) + "</td><td>" + packLink(p) + "</td></tr>")
        .collect(Collectors.joining());
    return "<div class=\"table-wrap\"><table id=\"packs\"><thead><tr><th scope=\"col\">Board</th><th scope=\"col\">Period</th>"
        + "<th scope=\"col\">Schedule</th><th scope=\"col\">Produced</th><th scope=\"col\">Delivery</th>"
        + "<th scope=\"col\">File</th></tr></thead><tbody>" + rows + "</tbody></table></div>";
  }

  private static String packLink(RunRecord r) {
    if (r.packFile() == null) {
      return "";
    }
    if (!r.packAvailable()) {
      return "expired " + esc(Html.when(r.packExpiredAt())) + " (past the archive's retention)";
    }
    String name = r.packFile().substring(r.packFile().lastIndexOf('/') + 1);
    String size = r.packSize() == null ? "" : " (" + Math.max(1, r.packSize() / 1024) + " KB)";
    return "<a href=\"/api/packs/" + r.id() + "\" download>" + esc(name) + "</a>" + size;
  }
}
