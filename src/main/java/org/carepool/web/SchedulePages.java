package org.carepool.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.carepool.schedule.ScheduleView;
import org.carepool.schedule.Schedules;
import org.carepool.security.Role;

/**
 * The Schedules page (read-only for VIEWER and ANALYST, managed by ADMIN), a schedule's runs, and the
 * Packs page. The form posts the same keys as {@code schedules/*.yaml}; the service validates them.
 */
final class SchedulePages {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> DONE = Map.of(
      "saved", "Schedule saved.", "paused", "Schedule paused.", "resumed", "Schedule resumed.",
      "queued", "Run queued: it shows in the schedule's runs when it starts.", "deleted", "Schedule deleted.");

  private final Schedules schedules;

  SchedulePages(Schedules schedules) {
    this.schedules = schedules;
  }

  void page(Context ctx) {
    boolean admin = Guard.user(ctx).role().includes(Role.ADMIN);
    String done = DONE.getOrDefault(Objects.toString(ctx.queryParam("done"), ""), "");
    ScheduleView editing = admin && ctx.queryParam("edit") != null ? schedules.get(ctx.queryParam("edit")) : null;
    String csrf = Guard.csrf(ctx);
    ctx.html(Page.of(ctx, "Schedules", ScheduleHtml.message(done)
        + ScheduleHtml.list(schedules.list(), admin ? csrf : null)
        + (admin ? ScheduleHtml.form(editing, schedules.boards(), csrf) : "")));
  }

  void save(Context ctx) {
    Forms.requireForm(ctx);
    schedules.save(json(ctx), Guard.user(ctx).username());
    done(ctx, "saved");
  }

  void pause(Context ctx) {
    Forms.requireForm(ctx);
    schedules.pause(ctx.pathParam("id"));
    done(ctx, "paused");
  }

  void resume(Context ctx) {
    Forms.requireForm(ctx);
    schedules.resume(ctx.pathParam("id"));
    done(ctx, "resumed");
  }

  void runNow(Context ctx) {
    Forms.requireForm(ctx);
    schedules.runNow(ctx.pathParam("id"));
    ctx.redirect("/schedules/" + ctx.pathParam("id") + "/runs?done=queued", HttpStatus.SEE_OTHER);
  }

  void delete(Context ctx) {
    Forms.requireForm(ctx);
    schedules.delete(ctx.pathParam("id"));
    done(ctx, "deleted");
  }

  void runs(Context ctx) {
    String id = ctx.pathParam("id");
    ScheduleView schedule = schedules.get(id);
    String done = DONE.getOrDefault(Objects.toString(ctx.queryParam("done"), ""), "");
    ctx.html(Page.of(ctx, "Runs of " + id, ScheduleHtml.message(done)
        + ScheduleHtml.runs(schedule, schedules.runs(id))));
  }

  void packs(Context ctx) {
    ctx.html(Page.of(ctx, "Packs", ScheduleHtml.packs(schedules.packs())));
  }

  /** The form as the JSON the service reads: the keys of a schedule file, plus {@code id}. */
  private static String json(Context ctx) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("id", Forms.required(ctx, "id", "id"));
    s.put("board", Forms.required(ctx, "board", "board"));
    s.put("reports", ctx.formParams("reports"));
    s.put("cron", Forms.required(ctx, "cron", "cron"));
    s.put("time_zone", Forms.required(ctx, "time_zone", "time zone"));
    s.put("period", Forms.required(ctx, "period", "period"));
    s.put("formats", ctx.formParams("formats"));
    s.put("recipients", list(ctx.formParam("recipients")));
    s.put("misfire", Forms.required(ctx, "misfire", "misfire"));
    if ("next".equals(ctx.formParam("working_day"))) {
      s.put("working_day", "next");
    }
    try {
      return JSON.writeValueAsString(s);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> list(String text) {
    return text == null ? List.of()
        : Arrays.stream(text.split("[,;\\s]+")).map(String::strip).filter(v -> !v.isEmpty()).toList();
  }

  private static void done(Context ctx, String what) {
    ctx.redirect("/schedules?done=" + what, HttpStatus.SEE_OTHER);
  }
}
