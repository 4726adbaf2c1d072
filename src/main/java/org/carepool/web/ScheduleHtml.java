package org.carepool.web;

import static org.carepool.web.Html.esc;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.carepool.schedule.RunRecord;
import org.carepool.schedule.ScheduleView;

/** The HTML of the Schedules, runs and Packs pages; everything shown passes through {@link Html#esc}. */
final class ScheduleHtml {
  /** UK time with its GMT or BST marker: "25 Oct 2026 01:30:00" happens twice that night. */
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss zzz", Locale.UK)
      .withZone(Html.LONDON);

  private ScheduleHtml() {}

  static String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant);
  }

  static String message(String done) {
    return done.isEmpty() ? "" : "<p class=\"message\" role=\"status\">" + esc(done) + "</p>";
  }

  /** For admins: runs that failed or are incomplete, mail being retried, schedules set aside. */
  static String banner(List<RunRecord> attention, Map<String, String> unusable) {
    if (attention.isEmpty() && unusable.isEmpty()) {
      return "";
    }
    String runs = attention.stream().map(r -> "<li><a href=\"/schedules/" + esc(r.schedule()) + "/runs\">"
        + esc(r.schedule()) + "</a> run " + r.id() + " (" + esc(r.period()) + "): " + esc(state(r)) + "</li>")
        .collect(Collectors.joining());
    String broken = unusable.entrySet().stream().map(e -> "<li>Schedule " + esc(e.getKey())
        + " cannot run: " + esc(e.getValue()) + "</li>").collect(Collectors.joining());
    return "<div class=\"error\" role=\"alert\" id=\"attention\"><h2>Needs attention</h2><ul>" + runs + broken
        + "</ul></div>";
  }

  private static String state(RunRecord r) {
    return switch (r.outcome()) {
      case "FAILED" -> "FAILED, " + r.error();
      case "INCOMPLETE" -> "delivered without: " + String.join("; ", r.missingSections());
      case "SENDING" -> "mail attempt " + r.attempts() + " failed (" + r.error() + "); it is tried again";
      default -> r.outcome();
    };
  }

  /** The schedules; with a CSRF token (an admin) each row carries its buttons. */
  static String list(List<ScheduleView> schedules, String csrf) {
    if (schedules.isEmpty()) {
      return "<p>There are no schedules yet.</p>";
    }
    String rows = schedules.stream().map(s -> row(s, csrf)).collect(Collectors.joining());
    return "<div class=\"table-wrap\"><table id=\"schedules\"><thead><tr><th scope=\"col\">Schedule</th>"
        + "<th scope=\"col\">Board</th><th scope=\"col\">Reports</th><th scope=\"col\">When</th>"
        + "<th scope=\"col\">Next fire</th><th scope=\"col\">Last run</th><th scope=\"col\">State</th>"
        + (csrf == null ? "" : "<th scope=\"col\">Actions</th>") + "</tr></thead><tbody>" + rows + "</tbody></table></div>"
        + "<p><small>Paused schedules do not send what falls due while paused: on resume those fires are recorded"
        + " as skipped and the schedule goes on from its next fire time.</small></p>";
  }

  private static String row(ScheduleView s, String csrf) {
    String id = esc(s.id());
    String source = s.readOnly() ? "file schedules/" + id + ".yaml (read-only)" : "made in the page";
    String state = !s.enabled() ? "disabled" : s.paused() ? "<strong class=\"paused\">paused</strong>" : "active";
    return "<tr id=\"schedule-" + id + "\"><th scope=\"row\"><a href=\"/schedules/" + id + "/runs\">" + id + "</a>"
        + "<br><small>" + source + "</small></th><td>" + esc(s.board()) + "</td><td>" + esc(String.join(", ", s.reports()))
        + "</td><td><code>" + esc(s.cron()) + "</code><br><small>" + esc(s.timeZone())
        + (s.workingDay() == null ? "" : ", next working day") + "</small></td><td>"
        + (s.nextFire() == null ? "—" : esc(when(s.nextFire().toInstant()))) + "</td><td>" + lastRun(s.lastRun())
        + "</td><td>" + state + "</td>" + (csrf == null ? "" : "<td>" + actions(s, csrf) + "</td>") + "</tr>";
  }

  private static String lastRun(RunRecord r) {
    if (r == null) {
      return "—";
    }
    return outcome(r) + "<br><small>" + esc(r.period()) + ", " + esc(when(r.endedAt() != null ? r.endedAt() : r.startedAt()))
        + "</small>";
  }

  private static String actions(ScheduleView s, String csrf) {
    String id = esc(s.id());
    String html = s.paused() ? button(id, "resume", "Resume " + id, csrf, "secondary", "")
        : button(id, "pause", "Pause " + id, csrf, "secondary", "");
    html += button(id, "run", "Run " + id + " now", csrf, "", "");
    if (!s.readOnly()) {
      html += "<a class=\"button-link\" href=\"/schedules?edit=" + id + "#edit\">Edit " + id + "</a>"
          + button(id, "delete", "Delete " + id, csrf, "danger",
              "Delete schedule " + id + "? It stops firing; its run history and archived packs are kept.");
    }
    return "<div class=\"inline\">" + html + "</div>";
  }

  /** A one-button form; a non-empty {@code confirm} is asked first (carepool.js reads data-confirm). */
  private static String button(String id, String action, String label, String csrf, String css, String confirm) {
    return "<form method=\"post\" action=\"/schedules/" + id + "/" + action + "\""
        + (confirm.isEmpty() ? "" : " data-confirm=\"" + esc(confirm) + "\"") + ">" + Html.hidden("csrf", csrf)
        + "<button type=\"submit\"" + (css.isEmpty() ? "" : " class=\"" + css + "\"") + ">" + esc(label)
        + "</button></form>";
  }

  static String outcome(RunRecord r) {
    return "<span class=\"outcome " + esc(r.outcome().toLowerCase()) + "\">" + esc(r.outcome()) + "</span>";
  }

  /** A schedule's runs; {@code s} is null when the schedule was deleted (its history stays). */
  static String runs(String id, ScheduleView s, List<RunRecord> runs) {
    String head = s == null ? "<p>Schedule " + esc(id) + " no longer exists; its runs are kept. "
        : "<p>Board " + esc(s.board()) + ", <code>" + esc(s.cron()) + "</code> " + esc(s.timeZone()) + ". ";
    head += "Times are UK time. <a href=\"/schedules\">All schedules</a></p>";
    if (runs.isEmpty()) {
      return head + "<p>No runs yet.</p>";
    }
    String rows = runs.stream().map(ScheduleHtml::runRow).collect(Collectors.joining());
    return head + "<div class=\"table-wrap\"><table id=\"runs\"><thead><tr><th scope=\"col\">Run</th>"
        + "<th scope=\"col\">Fire time</th><th scope=\"col\">Period</th><th scope=\"col\">Kind</th>"
        + "<th scope=\"col\">Started</th><th scope=\"col\">Ended</th><th scope=\"col\">Outcome</th>"
        + "<th scope=\"col\">Files</th><th scope=\"col\">Recipients</th><th scope=\"col\">Error</th></tr></thead><tbody>"
        + rows + "</tbody></table></div>";
  }

  private static String runRow(RunRecord r) {
    String attempts = r.attempts() > 0 ? "<br><small>" + r.attempts() + " mail attempt(s)</small>" : "";
    String missing = r.missingSections().isEmpty() ? "" : "<br><small>sections not produced: "
        + esc(String.join("; ", r.missingSections())) + "</small>";
    return "<tr" + (r.needsAttention() ? " class=\"failed\"" : "") + "><td>" + r.id() + "</td><td>"
        + esc(when(r.scheduledFireTime())) + "</td><td>" + esc(r.period()) + "</td><td>" + esc(r.kind()) + "</td><td>"
        + esc(when(r.startedAt())) + "</td><td>" + esc(when(r.endedAt())) + "</td><td>" + outcome(r) + attempts
        + missing + "</td><td>" + files(r) + "</td><td>" + esc(String.join(", ", r.recipients())) + "</td><td>"
        + esc(r.error()) + "</td></tr>";
  }

  static String packs(List<RunRecord> packs) {
    if (packs.isEmpty()) {
      return "<p>No packs have been archived yet.</p>";
    }
    String rows = packs.stream().map(p -> "<tr><td>" + esc(p.board()) + "</td><td>" + esc(p.period()) + "</td><td>"
        + "<a href=\"/schedules/" + esc(p.schedule()) + "/runs\">" + esc(p.schedule()) + "</a></td><td>"
        + esc(when(p.startedAt())) + "</td><td>" + outcome(p) + "</td><td>" + files(p) + "</td></tr>")
        .collect(Collectors.joining());
    return "<div class=\"table-wrap\"><table id=\"packs\"><thead><tr><th scope=\"col\">Board</th><th scope=\"col\">Period</th>"
        + "<th scope=\"col\">Schedule</th><th scope=\"col\">Produced</th><th scope=\"col\">Delivery</th>"
        + "<th scope=\"col\">Files</th></tr></thead><tbody>" + rows + "</tbody></table></div>";
  }

  private static String files(RunRecord r) {
    if (r.packFile() == null) {
      return "";
    }
    if (!r.packAvailable()) {
      return "expired " + esc(when(r.packExpiredAt())) + " (past the archive's retention)";
    }
    String html = link(r.id(), "", r.packFile(), r.packSize());
    return r.workbookFile() == null ? html : html + "<br>" + link(r.id(), "?file=xlsx", r.workbookFile(), r.workbookSize());
  }

  private static String link(long run, String query, String file, Long size) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    String kb = size == null ? "" : " (" + Math.max(1, size / 1024) + " KB)";
    return "<a href=\"/api/packs/" + run + query + "\" download>" + esc(name) + "</a>" + kb;
  }
}
