package org.carepool.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import java.util.UUID;
import org.carepool.finance.FinanceException;
import org.carepool.finance.UnknownArrangementException;
import org.carepool.indicators.UnknownBoardException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where failures become HTTP answers; no stack trace ever reaches a client. */
final class ErrorMapping {
  private static final Logger log = LoggerFactory.getLogger(ErrorMapping.class);

  private ErrorMapping() {}

  static void install(RoutesConfig routes) {
    routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
    routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
    routes.exception(UnknownArrangementException.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
    routes.exception(UnknownBoardException.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
    routes.exception(FinanceException.class, (e, ctx) -> error(ctx, 422, e.getMessage()));
    routes.exception(Exception.class, ErrorMapping::unexpected);
  }

  static void error(Context ctx, int status, String message) {
    ctx.status(status).json(Map.of("status", status, "error", message));
  }

  private static void unexpected(Exception e, Context ctx) {
    String reference = UUID.randomUUID().toString().substring(0, 8);
    log.error("Request {} {} failed (reference {})", ctx.method(), ctx.path(), reference, e);
    error(ctx, 500, "Something went wrong on the server (reference " + reference + ")");
  }
}
