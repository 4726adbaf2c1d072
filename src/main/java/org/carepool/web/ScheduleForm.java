package org.carepool.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.carepool.report.ReportId;
import org.carepool.schedule.ScheduleView;

/**
 * What the schedule form holds, as typed: filled from a schedule to edit, or from a post, so that a
 * post the service refuses comes back with everything typed and the problems listed. The reports
 * are in pack order: each ticked report's position decides it.
 *
 * @param editing     whether the form edits an existing schedule (its id fixed) rather than creating one
 * @param meeting     the meeting named on the packs' covers, as typed ("" for none)
 * @param meetingDate its date as the date field sends it (YYYY-MM-DD, "" for none)
 * @param author      who prepares the packs, as typed ("" for none)
 */
record ScheduleForm(boolean editing, String id, String board, List<String> reports, String cron, String timeZone,
    boolean workingDay, String period, boolean workbook, String recipients, boolean enabled, String misfire,
    String meeting, String meetingDate, String author) {
  private static final ObjectMapper JSON = new ObjectMapper();

  static ScheduleForm blank() {
    return new ScheduleForm(false, "", "", Arrays.stream(ReportId.values()).map(ReportId::id).toList(), "0 0 7 7 * ?",
        "Europe/London", false, "previous-month", false, "", true, "run-once", "", "", "");
  }

  static ScheduleForm of(ScheduleView s) {
    return new ScheduleForm(true, s.id(), s.board(), s.reports(), s.cron(), s.timeZone(), s.workingDay() != null,
        s.period(), s.formats().contains("xlsx"), String.join(", ", s.recipients()), s.enabled(), s.misfire(),
        Objects.toString(s.meeting(), ""), Objects.toString(s.meetingDate(), ""), Objects.toString(s.author(), ""));
  }

  static ScheduleForm from(Context ctx) {
    List<String> reports = ctx.formParams("reports").stream()
        .sorted(Comparator.comparingInt(r -> place(ctx.formParam("position-" + r))))
        .toList();
    return new ScheduleForm("edit".equals(ctx.formParam("mode")), text(ctx, "id"), text(ctx, "board"), reports,
        text(ctx, "cron"), text(ctx, "time_zone"), "next".equals(ctx.formParam("working_day")), text(ctx, "period"),
        "xlsx".equals(ctx.formParam("workbook")), text(ctx, "recipients"), "true".equals(ctx.formParam("enabled")),
        text(ctx, "misfire"), text(ctx, "meeting"), text(ctx, "meeting_date"), text(ctx, "author"));
  }

  /** The post as the JSON the service reads: the keys of a schedule file, plus {@code id}. */
  String json() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("id", id);
    s.put("board", board);
    s.put("reports", reports);
    s.put("cron", cron);
    s.put("time_zone", timeZone);
    s.put("period", period);
    s.put("formats", workbook ? List.of("pdf", "xlsx") : List.of("pdf"));
    s.put("recipients", Arrays.stream(recipients.split("[,;\\s]+")).map(String::strip).filter(v -> !v.isEmpty()).toList());
    s.put("enabled", enabled);
    s.put("misfire", misfire);
    if (workingDay) {
      s.put("working_day", "next");
    }
    optional(s, "meeting", meeting);
    optional(s, "meeting_date", meetingDate);
    optional(s, "author", author);
    try {
      return JSON.writeValueAsString(s);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A cover field left empty is left out, as a schedule file would leave it. */
  private static void optional(Map<String, Object> json, String key, String value) {
    if (!value.isEmpty()) {
      json.put(key, value);
    }
  }

  /** The position a report has in the pack (1 first), as shown in the form. */
  int position(String report) {
    int at = reports.indexOf(report);
    return at >= 0 ? at + 1 : reports.size() + 1 + Arrays.asList(ReportId.values()).indexOf(ReportId.parse(report));
  }

  private static int place(String raw) {
    try {
      return Integer.parseInt(Objects.toString(raw, "").strip());
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  private static String text(Context ctx, String field) {
    return Objects.toString(ctx.formParam(field), "").strip();
  }
}
