package org.carepool.web;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;
import java.util.Map;
import org.carepool.delivery.PackArchive;
import org.carepool.schedule.RunRecord;
import org.carepool.schedule.Schedules;

/** {@code /api/schedules…} and {@code /api/packs…} (SPEC §9): schedules, their runs, and the pack archive. */
final class ScheduleController {
  private final Schedules schedules;
  private final PackArchive archive;

  ScheduleController(Schedules schedules, PackArchive archive) {
    this.schedules = schedules;
    this.archive = archive;
  }

  void list(Context ctx) {
    ctx.json(schedules.list());
  }

  void get(Context ctx) {
    ctx.json(schedules.get(ctx.pathParam("id")));
  }

  void create(Context ctx) {
    ctx.status(201).json(schedules.save(ctx.body(), Guard.user(ctx).username()));
  }

  void replace(Context ctx) {
    String id = ctx.pathParam("id");
    var saved = schedules.save(ctx.body(), Guard.user(ctx).username(), id);
    ctx.json(saved);
  }

  void delete(Context ctx) {
    schedules.delete(ctx.pathParam("id"));
    ctx.status(204);
  }

  void pause(Context ctx) {
    ctx.json(schedules.pause(ctx.pathParam("id")));
  }

  void resume(Context ctx) {
    ctx.json(schedules.resume(ctx.pathParam("id")));
  }

  void runNow(Context ctx) {
    schedules.runNow(ctx.pathParam("id"));
    ctx.status(202).json(Map.of("queued", ctx.pathParam("id")));
  }

  void runs(Context ctx) {
    ctx.json(schedules.runs(ctx.pathParam("id")));
  }

  void preview(Context ctx) {
    String cron = ctx.queryParamAsClass("cron", String.class).get();
    String zone = ctx.queryParam("tz");
    boolean nextWorkingDay = "next".equals(ctx.queryParam("working_day"));
    ctx.json(Schedules.preview(cron, zone, nextWorkingDay, Instant.now(), 5));
  }

  void packs(Context ctx) {
    ctx.json(schedules.packs());
  }

  void pack(Context ctx) {
    long id = ctx.pathParamAsClass("id", Long.class).get();
    RunRecord run = schedules.pack(id).orElseThrow(() -> new NotFoundResponse("No pack " + id));
    String name = run.packFile().substring(run.packFile().lastIndexOf('/') + 1);
    ctx.header(Header.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .contentType("application/pdf")
        .result(archive.read(run.packFile()));
  }
}
