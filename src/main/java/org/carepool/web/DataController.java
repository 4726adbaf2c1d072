package org.carepool.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.carepool.ingest.Importer;

/**
 * The Data page (ANALYST) and {@code POST /api/imports}: upload CSV files, see past imports. A
 * rejected upload is an {@code ingest.ImportRejected}, which {@link ErrorMapping} shows above this
 * page's form (or as JSON) with every problem.
 */
final class DataController {
  private static final int HISTORY = 50;

  private final Importer importer;

  DataController(Importer importer) {
    this.importer = importer;
  }

  void page(Context ctx) {
    Page.render(ctx, "data.jte", "Data", Map.of("loaded", List.of(), "data", data(ctx)));
  }

  void upload(Context ctx) {
    var loaded = importer.load(Uploads.csvFiles(ctx), Guard.user(ctx).username(), ctx.ip());
    Page.render(ctx, "data.jte", "Data", Map.of("loaded", loaded.files(), "data", data(ctx)));
  }

  void api(Context ctx) {
    var loaded = importer.load(Uploads.csvFiles(ctx), Guard.user(ctx).username(), ctx.ip());
    ctx.json(Map.of("outcome", "LOADED", "files", loaded.files()));
  }

  /** The form and the history: also what {@link ErrorMapping} shows under an error. */
  String body(Context ctx) {
    return Page.part(ctx, "dataBody.jte", Map.of("data", data(ctx)));
  }

  private DataPages.Body data(Context ctx) {
    return new DataPages.Body(Guard.csrf(ctx), importer.recentBatches(HISTORY));
  }
}
