package org.carepool.web;

import static org.carepool.web.Html.esc;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.carepool.finance.FinanceException;
import org.carepool.finance.UnknownArrangementException;
import org.carepool.indicators.UnknownBoardException;
import org.carepool.schedule.ReadOnlySchedule;
import org.carepool.schedule.ScheduleConflict;
import org.carepool.schedule.ScheduleInvalid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP answers: JSON under {@code /api} (and
 * {@code /health}), a plain HTML page everywhere else. No stack trace ever reaches a client.
 */
final class ErrorMapping {
  private static final Logger log = LoggerFactory.getLogger(ErrorMapping.class);

  private ErrorMapping() {}

  static void install(RoutesConfig routes) {
    routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
    routes.exception(ValidationException.class, ErrorMapping::invalid);
    routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
    routes.exception(UnknownArrangementException.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
    routes.exception(UnknownBoardException.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
    routes.exception(FinanceException.class, (e, ctx) -> error(ctx, 422, e.getMessage()));
    routes.exception(ScheduleInvalid.class, (e, ctx) -> problems(ctx, e.getMessage(), e.problems()));
    routes.exception(ReadOnlySchedule.class, (e, ctx) -> error(ctx, 409, e.getMessage()));
    routes.exception(ScheduleConflict.class, (e, ctx) -> error(ctx, 409, e.getMessage()));
    routes.exception(java.util.NoSuchElementException.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
    routes.exception(Exception.class, ErrorMapping::unexpected);
    // Jetty refuses an over-long multipart body (no Content-Length, or a lying one) while reading it.
    routes.error(413, ctx -> error(ctx, 413, "Requests (all files of an upload together) may be at most 50 MB"));
    routes.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint ")) {
        error(ctx, 404, "There is nothing at " + ctx.path());
      }
    });
  }

  static void error(Context ctx, int status, String message) {
    ctx.status(status);
    if (status >= 300 && status < 400) {
      return; // a redirect: the Location header says it all
    }
    if (Guard.isApi(ctx)) {
      ctx.json(Map.of("status", status, "error", message));
    } else {
      ctx.html(Page.of(ctx, title(status), "<p class=\"error\" role=\"alert\">" + esc(message) + "</p>"
          + "<p><a href=\"/\">Back to the home page</a></p>"));
    }
  }

  /** A domain failure with every problem listed (an invalid schedule): 422 with the list. */
  private static void problems(Context ctx, String message, List<String> problems) {
    if (Guard.isApi(ctx)) {
      ctx.status(422).json(Map.of("status", 422, "error", message, "problems", problems));
    } else {
      error(ctx, 422, message + ": " + String.join("; ", problems));
    }
  }

  private static void invalid(ValidationException e, Context ctx) {
    Map<String, List<String>> problems = new LinkedHashMap<>();
    e.getErrors().forEach((field, errors) ->
        problems.put(field, errors.stream().map(ValidationError::getMessage).toList()));
    ctx.status(400);
    if (Guard.isApi(ctx)) {
      ctx.json(Map.of("status", 400, "error", "Some request parameters are not valid", "problems", problems));
    } else {
      String list = problems.entrySet().stream()
          .map(p -> "<li>" + esc(p.getKey()) + ": " + esc(String.join("; ", p.getValue())) + "</li>")
          .collect(Collectors.joining());
      ctx.html(Page.of(ctx, title(400), "<div class=\"error\" role=\"alert\"><ul>" + list + "</ul></div>"
          + "<p><a href=\"/\">Back to the home page</a></p>"));
    }
  }

  private static void unexpected(Exception e, Context ctx) {
    String reference = UUID.randomUUID().toString().substring(0, 8);
    log.error("Request {} {} failed (reference {})", ctx.method(), ctx.path(), reference, e);
    error(ctx, 500, "Something went wrong on the server (reference " + reference + ")");
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "That request is not valid";
      case 401 -> "Please sign in";
      case 403 -> "Not allowed";
      case 404 -> "Not found";
      case 413 -> "Too large";
      case 415 -> "Wrong kind of file";
      case 422 -> "Not accepted";
      case 429 -> "Too many attempts";
      case 503 -> "Not available yet";
      default -> "Something went wrong";
    };
  }
}
