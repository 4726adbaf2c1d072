package org.carepool.web;

import org.carepool.ops.Operations;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.Map;

/**
 * {@code /health} (liveness: the process answers), {@code /health/ready} (the store, the scheduler and,
 * when set, the mail server work; 503 naming each part that does not) and {@code /metrics}.
 */
final class OperationsController {
  private static final String PROMETHEUS = "text/plain; version=0.0.4; charset=utf-8";
  private final Operations operations;

  OperationsController(Operations operations) {
    this.operations = operations;
  }

  void live(Context ctx) {
    ctx.json(Map.of("status", "UP"));
  }

  /** The reasons are logged, not answered: this route is public, and a reason may name a host. */
  void ready(Context ctx) {
    Operations.Readiness readiness = operations.readiness();
    Map<String, String> parts = new LinkedHashMap<>();
    readiness.parts().forEach((part, state) -> parts.put(part, state.equals("UP") ? "UP" : "DOWN"));
    ctx.status(readiness.ready() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
        .json(Map.of("status", readiness.ready() ? "UP" : "DOWN", "parts", parts, "failing", readiness.failing()));
  }

  /**
   * {@code POST /api/backups}: 201 with where the backup went. Only the {@code backup} command (holding the
   * control token) names the folder ({@code ?out=}); an admin's backup goes to the backups folder.
   */
  void backup(Context ctx) {
    String out = ctx.queryParam("out");
    if (out != null && !Guard.isControl(ctx)) {
      throw new BadRequestResponse("out: only the backup command on the server's machine chooses the folder;"
          + " without it the backup goes to the backups folder (CAREPOOL_BACKUP_DIR)");
    }
    ctx.status(HttpStatus.CREATED).json(operations.backup(Optional.ofNullable(out).map(Path::of)));
  }

  void metrics(Context ctx) {
    ctx.contentType(PROMETHEUS).result(operations.metrics());
  }
}
