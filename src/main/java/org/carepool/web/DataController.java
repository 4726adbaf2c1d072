package org.carepool.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.carepool.error.NotFound;
import org.carepool.ingest.ImportWatch;
import org.carepool.ingest.Importer;

/**
 * The Data page (ANALYST) and {@code POST /api/imports}: upload CSV files, see past imports. A
 * rejected upload is an {@code ingest.ImportRejected}, which {@link ErrorMapping} shows above this
 * page's form (or as JSON) with every problem.
 */
final class DataController {
  private static final int HISTORY = 50;

  /** The header naming an upload's progress id (any 8 to 64 letters, digits and hyphens: a UUID fits). */
  static final String PROGRESS_ID = "X-Import-Id";

  private final Importer importer;
  private final ImportWatch imports;

  DataController(Importer importer, ImportWatch imports) {
    this.importer = importer;
    this.imports = imports;
  }

  void page(Context ctx) {
    Page.render(ctx, "data.jte", "Data", Map.of("loaded", List.of(), "data", data(ctx)));
  }

  void upload(Context ctx) {
    var loaded = imports.load(Uploads.csvFiles(ctx), Guard.user(ctx).username(), ctx.ip(), ctx.header(PROGRESS_ID), credential(ctx));
    Page.render(ctx, "data.jte", "Data", Map.of("loaded", loaded.files(), "data", data(ctx)));
  }

  void api(Context ctx) {
    var loaded = imports.load(Uploads.csvFiles(ctx), Guard.user(ctx).username(), ctx.ip(), ctx.header(PROGRESS_ID), credential(ctx));
    ctx.json(Map.of("outcome", "LOADED", "files", loaded.files()));
  }

  /**
   * {@code GET /api/imports/progress/{id}}: how far the upload sent with that id has got. Public to
   * the guard, which would wait for the store an import holds: {@link ImportWatch} answers only the
   * credential that sent the upload.
   */
  void progress(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(imports.stage(id, credential(ctx))
        .orElseThrow(() -> new NotFound(NotFound.noSuch("upload in progress or just finished", id))));
  }

  /** The session cookie of a page, or the Authorization header of an API caller. */
  private static String credential(Context ctx) {
    String session = ctx.cookie(Cookies.SESSION);
    return session != null ? session : ctx.header("Authorization");
  }

  /** The form and the history: also what {@link ErrorMapping} shows under an error. */
  String body(Context ctx) {
    return Page.part(ctx, "dataBody.jte", Map.of("data", data(ctx)));
  }

  private DataPages.Body data(Context ctx) {
    return new DataPages.Body(Guard.csrf(ctx), importer.recentBatches(HISTORY));
  }
}
