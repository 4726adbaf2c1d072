package org.carepool.web;

import static org.carepool.web.Html.esc;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.carepool.report.ReportId;

/**
 * The schedule form (create or edit). It posts the keys of a schedule file; a refused post comes
 * back filled in as typed, with every problem listed. The next fire times come from /assets/schedules.js.
 */
final class ScheduleFormHtml {
  private ScheduleFormHtml() {}

  static String form(ScheduleForm f, Map<String, String> boards, String csrf, List<String> problems) {
    return "<h2 id=\"edit\">" + (f.editing() ? "Edit schedule " + esc(f.id()) : "Create a schedule") + "</h2>"
        + problems(problems)
        + "<form class=\"stack schedule-form\" method=\"post\" action=\"/schedules\">" + Html.hidden("csrf", csrf)
        + Html.hidden("mode", f.editing() ? "edit" : "create")
        + identity(f, boards) + reports(f) + timing(f) + delivery(f)
        + "<div><button type=\"submit\">Save schedule</button></div></form>"
        + "<script src=\"/assets/schedules.js\"></script>";
  }

  private static String problems(List<String> problems) {
    if (problems.isEmpty()) {
      return "";
    }
    return "<div class=\"error\" role=\"alert\" id=\"form-problems\"><p>The schedule was not saved:</p><ul>"
        + problems.stream().map(p -> "<li>" + esc(p) + "</li>").collect(Collectors.joining()) + "</ul></div>";
  }

  private static String identity(ScheduleForm f, Map<String, String> boards) {
    String options = boards.entrySet().stream()
        .map(b -> Html.option(b.getKey(), b.getKey() + " — " + b.getValue(), f.board()))
        .collect(Collectors.joining());
    return "<div><label for=\"id\">Id (lower-case letters, digits and -)</label><input id=\"id\" name=\"id\" required"
        + " maxlength=\"80\" pattern=\"[a-z0-9][a-z0-9\\-]{0,79}\" value=\"" + esc(f.id()) + "\""
        + (f.editing() ? " readonly" : "") + "></div>"
        + "<div><label for=\"board\">Board</label><select id=\"board\" name=\"board\">" + options + "</select></div>"
        + "<div><label class=\"check\"><input type=\"checkbox\" id=\"enabled\" name=\"enabled\" value=\"true\""
        + (f.enabled() ? " checked" : "") + "> Enabled (a disabled schedule keeps its history but never fires)</label></div>";
  }

  /** Each report with a tick and its place in the pack; board-wide reports follow every arrangement's. */
  private static String reports(ScheduleForm f) {
    int count = ReportId.values().length;
    String rows = Arrays.stream(ReportId.values()).map(r -> {
      String positions = IntStream.rangeClosed(1, count).mapToObj(String::valueOf)
          .map(p -> Html.option(p, p, String.valueOf(Math.min(count, f.position(r.id()))))).collect(Collectors.joining());
      return "<div class=\"inline report-order\"><label class=\"check\"><input type=\"checkbox\" name=\"reports\" value=\""
          + esc(r.id()) + "\"" + (f.reports().contains(r.id()) ? " checked" : "") + "> " + esc(r.title()) + "</label>"
          + "<label for=\"position-" + esc(r.id()) + "\">place</label><select id=\"position-" + esc(r.id())
          + "\" name=\"position-" + esc(r.id()) + "\">" + positions + "</select></div>";
    }).collect(Collectors.joining());
    return "<fieldset><legend>Reports, in pack order (each arrangement's reports by place, then the board-wide"
        + " spend mapping)</legend>" + rows + "</fieldset>";
  }

  private static String timing(ScheduleForm f) {
    return "<div><label for=\"cron\">Quartz cron (seconds minutes hours day-of-month month day-of-week)</label>"
        + "<input id=\"cron\" name=\"cron\" required value=\"" + esc(f.cron()) + "\" autocomplete=\"off\"></div>"
        + "<div><label for=\"time_zone\">Time zone</label><input id=\"time_zone\" name=\"time_zone\" required value=\""
        + esc(f.timeZone()) + "\"></div>"
        + "<div><label class=\"check\"><input type=\"checkbox\" id=\"working_day\" name=\"working_day\" value=\"next\""
        + (f.workingDay() ? " checked" : "") + "> On a weekend or bank holiday, run on the next working day</label></div>"
        + "<section class=\"preview\" aria-live=\"polite\"><h3>Next five fire times</h3><ol id=\"fires\"></ol>"
        + "<p id=\"cron-warning\" class=\"message\" hidden></p><p id=\"cron-problem\" class=\"error\" hidden></p></section>"
        + "<div><label for=\"period\">Period reported</label><select id=\"period\" name=\"period\">"
        + Html.option("previous-month", "The previous month", f.period())
        + Html.option("current-month", "The current month", f.period()) + "</select></div>";
  }

  private static String delivery(ScheduleForm f) {
    return "<fieldset><legend>Files</legend><p>The pack PDF, always.</p><label class=\"check\"><input type=\"checkbox\""
        + " name=\"workbook\" value=\"xlsx\"" + (f.workbook() ? " checked" : "") + "> Also its tables as an XLSX"
        + " workbook</label></fieldset>"
        + "<div><label for=\"recipients\">Recipients (e-mail addresses, separated by commas)</label>"
        + "<input id=\"recipients\" name=\"recipients\" required value=\"" + esc(f.recipients()) + "\"></div>"
        + "<div><label for=\"misfire\">After downtime over a fire time</label><select id=\"misfire\" name=\"misfire\">"
        + Html.option("run-once", "Run once when back", f.misfire())
        + Html.option("skip", "Skip the missed fire", f.misfire()) + "</select></div>";
  }
}
