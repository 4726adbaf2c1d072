package org.carepool.web;

import static org.carepool.web.Html.esc;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import jakarta.servlet.ServletException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.carepool.finance.FinanceException;
import org.carepool.finance.UnknownArrangementException;
import org.carepool.indicators.UnknownBoardException;
import org.carepool.schedule.ReadOnlySchedule;
import org.carepool.schedule.ScheduleInvalid;
import org.eclipse.jetty.http.HttpException;
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
    routes.exception(java.util.NoSuchElementException.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
    routes.exception(ServletException.class, ErrorMapping::unreadableBody);
    routes.exception(org.eclipse.jetty.http.HttpException.RuntimeException.class, ErrorMapping::unreadableBody);
    routes.exception(Exception.class, ErrorMapping::unexpected);
    // A body over the route's limit without a Content-Length (chunked) is stopped while it is read.
    routes.error(413, ctx -> error(ctx, 413, Guard.sizeLimit(ctx)));
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

  /**
   * Jetty could not read the body: a multipart form cut short, without a boundary, with a broken
   * part header, or over the upload limit. Jetty reports all of these as one "bad multipart"
   * (wrapped in a ServletException by the servlet API); the size limits are told apart only by
   * the message of the cause ("max length exceeded", "max file size exceeded").
   */
  private static void unreadableBody(Exception e, Context ctx) {
    HttpException http = null;
    Throwable root = e;
    for (Throwable t = e; t != null; t = t.getCause()) {
      http = http == null && t instanceof HttpException h ? h : http;
      root = t;
      if (t instanceof IllegalStateException && String.valueOf(t.getMessage()).contains("exceeded")) {
        error(ctx, 413, Guard.sizeLimit(ctx));
        return;
      }
    }
    if (http == null || http.getCode() >= 500) {
      unexpected(e, ctx);
      return;
    }
    log.info("Unreadable request body on {} {}: {}", ctx.method(), ctx.path(), root.toString());
    String why = root == http ? http.getReason() : root.getMessage();
    error(ctx, http.getCode() == 413 ? 413 : 400, (ctx.isMultipartFormData() ? "The upload is not a valid multipart form" : "The request body cannot be read")
        + (why == null ? "" : " (" + printable(why) + ")"));
  }

  private static String printable(String text) {
    String cut = text.length() > 120 ? text.substring(0, 120) + "…" : text;
    return cut.replaceAll("\\p{Cntrl}", "?");
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
