package org.carepool.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.carepool.delivery.RunStages;
import org.carepool.schedule.RunRecord;
import org.carepool.schedule.ScheduleConflict;
import org.carepool.schedule.ScheduleInvalid;
import org.carepool.schedule.ScheduleView;
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

  /** What {@code schedules.jte} shows; for anyone but an admin, no attention, no buttons ({@code csrf} null) and no form. */
  record ListPage(String done, List<RunRecord> attention, Map<String, String> unusable, List<ScheduleView> schedules,
      String csrf, ScheduleForm form, Map<String, String> boards, List<String> problems, Map<Long, RunStages.Stage> stages) {}

  /** What {@code runs.jte} shows; {@code schedule} is null when it was deleted (its history stays). */
  record RunsPage(String done, String id, ScheduleView schedule, List<RunRecord> runs, Map<Long, RunStages.Stage> stages) {}

  void page(Context ctx) {
    boolean admin = Guard.user(ctx).role().includes(Role.ADMIN);
    String edit = admin ? ctx.queryParam("edit") : null;
    page(ctx, edit == null ? ScheduleForm.blank() : ScheduleForm.of(schedules.get(edit)), List.of());
  }

  /** A post the service refuses comes back as the page with the form as typed and every problem listed. */
  void save(Context ctx) {
    Forms.requireForm(ctx);
    ScheduleForm form = ScheduleForm.from(ctx);
    try {
      store(ScheduleController.actor(ctx), form);
      done(ctx, "saved");
    } catch (ScheduleInvalid e) {
      page(ctx.status(422), form, e.problems());
    } catch (ScheduleConflict e) {
      page(ctx.status(409), form, List.of(e.getMessage()));
    }
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
    var page = new RunsPage(done(ctx), id, schedules.exists(id) ? schedules.get(id) : null, schedules.runs(id), schedules.stages());
    Page.render(ctx, "runs.jte", "Runs of " + id, Map.of("page", page));
  }

  void packs(Context ctx) {
    Page.render(ctx, "packs.jte", "Packs", Map.of("packs", schedules.packs()));
  }

  private void store(Schedules.Actor actor, ScheduleForm form) {
    if (form.editing()) {
      schedules.replace(actor, form.id(), form.json());
    } else {
      schedules.create(actor, form.json());
    }
  }

  private void page(Context ctx, ScheduleForm form, List<String> problems) {
    ListPage page = Guard.user(ctx).role().includes(Role.ADMIN)
        ? new ListPage(done(ctx), schedules.needingAttention(), schedules.unusable(), schedules.list(), Guard.csrf(ctx), form,
            schedules.boards(), problems, schedules.stages())
        : new ListPage(done(ctx), List.of(), Map.of(), schedules.list(), null, null, Map.of(), List.of(), schedules.stages());
    Page.render(ctx, "schedules.jte", "Schedules", Map.of("page", page));
  }

  private static String done(Context ctx) {
    return DONE.getOrDefault(Objects.toString(ctx.queryParam("done"), ""), "");
  }

  private static void done(Context ctx, String what) {
    ctx.redirect("/schedules?done=" + what, HttpStatus.SEE_OTHER);
  }
}
