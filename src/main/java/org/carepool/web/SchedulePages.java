package org.carepool.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.carepool.schedule.ScheduleConflict;
import org.carepool.schedule.ScheduleInvalid;
import org.carepool.schedule.Schedules;
import org.carepool.security.Role;

/**
 * The Schedules page (read-only for VIEWER and ANALYST, managed by ADMIN), a schedule's runs, and the
 * Packs page. The form posts the same keys as {@code schedules/*.yaml}; the service validates them.
 */
final class SchedulePages {
  private static final Map<String, String> DONE = Map.of(
      "saved", "Schedule saved.", "paused", "Schedule paused.",
      "resumed", "Schedule resumed: fires due while it was paused are recorded as skipped, not sent.",
      "queued", "Run queued: it shows in the schedule's runs when it starts.", "deleted", "Schedule deleted.");

  private final Schedules schedules;

  SchedulePages(Schedules schedules) {
    this.schedules = schedules;
  }

  void page(Context ctx) {
    boolean admin = Guard.user(ctx).role().includes(Role.ADMIN);
    String edit = admin ? ctx.queryParam("edit") : null;
    ctx.html(page(ctx, edit == null ? ScheduleForm.blank() : ScheduleForm.of(schedules.get(edit)), List.of()));
  }

  /** A post the service refuses comes back as the page with the form as typed and every problem listed. */
  void save(Context ctx) {
    Forms.requireForm(ctx);
    ScheduleForm form = ScheduleForm.from(ctx);
    try {
      if (form.editing()) {
        schedules.replace(ScheduleController.actor(ctx), form.id(), form.json());
      } else {
        schedules.create(ScheduleController.actor(ctx), form.json());
      }
    } catch (ScheduleInvalid e) {
      ctx.status(422).html(page(ctx, form, e.problems()));
      return;
    } catch (ScheduleConflict e) {
      ctx.status(409).html(page(ctx, form, List.of(e.getMessage())));
      return;
    }
    done(ctx, "saved");
  }

  void pause(Context ctx) {
    Forms.requireForm(ctx);
    schedules.pause(ScheduleController.actor(ctx), ctx.pathParam("id"));
    done(ctx, "paused");
  }

  void resume(Context ctx) {
    Forms.requireForm(ctx);
    schedules.resume(ScheduleController.actor(ctx), ctx.pathParam("id"));
    done(ctx, "resumed");
  }

  void runNow(Context ctx) {
    Forms.requireForm(ctx);
    schedules.runNow(ScheduleController.actor(ctx), ctx.pathParam("id"));
    ctx.redirect("/schedules/" + ctx.pathParam("id") + "/runs?done=queued", HttpStatus.SEE_OTHER);
  }

  void delete(Context ctx) {
    Forms.requireForm(ctx);
    schedules.delete(ScheduleController.actor(ctx), ctx.pathParam("id"));
    done(ctx, "deleted");
  }

  void runs(Context ctx) {
    String id = ctx.pathParam("id");
    var runs = schedules.runs(id);
    ctx.html(Page.of(ctx, "Runs of " + id, ScheduleHtml.message(done(ctx))
        + ScheduleHtml.runs(id, schedules.exists(id) ? schedules.get(id) : null, runs)));
  }

  void packs(Context ctx) {
    ctx.html(Page.of(ctx, "Packs", ScheduleHtml.packs(schedules.packs())));
  }

  private String page(Context ctx, ScheduleForm form, List<String> problems) {
    boolean admin = Guard.user(ctx).role().includes(Role.ADMIN);
    String csrf = Guard.csrf(ctx);
    return Page.of(ctx, "Schedules", ScheduleHtml.message(done(ctx))
        + (admin ? ScheduleHtml.banner(schedules.needingAttention(), schedules.unusable()) : "")
        + ScheduleHtml.list(schedules.list(), admin ? csrf : null)
        + (admin ? ScheduleFormHtml.form(form, schedules.boards(), csrf, problems) : ""));
  }

  private static String done(Context ctx) {
    return DONE.getOrDefault(Objects.toString(ctx.queryParam("done"), ""), "");
  }

  private static void done(Context ctx, String what) {
    ctx.redirect("/schedules?done=" + what, HttpStatus.SEE_OTHER);
  }
}
