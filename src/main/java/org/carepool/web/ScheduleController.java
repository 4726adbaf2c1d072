package org.carepool.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.Map;
import org.carepool.schedule.PackFile;
import org.carepool.schedule.Schedules;

/** {@code /api/schedules…} and {@code /api/packs…} (SPEC §9): schedules, their runs, and the pack archive. */
final class ScheduleController {
  private final Schedules schedules;

  ScheduleController(Schedules schedules) {
    this.schedules = schedules;
  }

  /** Who is asking, for the audit log. */
  static Schedules.Actor actor(Context ctx) {
    return new Schedules.Actor(Guard.user(ctx).username(), ctx.ip());
  }

  void list(Context ctx) {
    ctx.json(schedules.list());
  }

  void get(Context ctx) {
    ctx.json(schedules.get(ctx.pathParam("id")));
  }

  void create(Context ctx) {
    ctx.status(201).json(schedules.create(actor(ctx), ctx.body()));
  }

  void replace(Context ctx) {
    ctx.json(schedules.replace(actor(ctx), ctx.pathParam("id"), ctx.body()));
  }

  void delete(Context ctx) {
    schedules.delete(actor(ctx), ctx.pathParam("id"));
    ctx.status(204);
  }

  void pause(Context ctx) {
    ctx.json(schedules.pause(actor(ctx), ctx.pathParam("id")));
  }

  void resume(Context ctx) {
    ctx.json(schedules.resume(actor(ctx), ctx.pathParam("id")));
  }

  void runNow(Context ctx) {
    schedules.runNow(actor(ctx), ctx.pathParam("id"));
    ctx.status(202).json(Map.of("queued", ctx.pathParam("id")));
  }

  void runs(Context ctx) {
    ctx.json(schedules.runs(ctx.pathParam("id")));
  }

  void preview(Context ctx) {
    String cron = ctx.queryParamAsClass("cron", String.class).get();
    boolean nextWorkingDay = "next".equals(ctx.queryParam("working_day"));
    ctx.json(schedules.preview(cron, ctx.queryParam("tz"), nextWorkingDay, 5));
  }

  void packs(Context ctx) {
    ctx.json(schedules.packs());
  }

  /** {@code /api/packs/{id}}: the pack PDF, or with {@code ?file=xlsx} its workbook. */
  void pack(Context ctx) {
    long id = ctx.pathParamAsClass("id", Long.class).get();
    String file = ctx.queryParam("file");
    if (file != null && !file.equals("pdf") && !file.equals("xlsx")) {
      throw new BadRequestResponse("file: give pdf or xlsx");
    }
    send(ctx, schedules.download(actor(ctx), id, file));
  }

  /** {@code /packs/link/{token}}: a file through a link mailed to a recipient, who needs no account. */
  void link(Context ctx) {
    send(ctx, schedules.downloadByLink(ctx.pathParam("token"), ctx.ip()));
  }

  private static void send(Context ctx, PackFile file) {
    Attachment.send(ctx, file.name(), file.contentType(), file.content());
  }
}
