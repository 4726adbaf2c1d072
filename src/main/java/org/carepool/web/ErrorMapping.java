package org.carepool.web;

import org.carepool.text.Sentences;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import jakarta.servlet.ServletException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.carepool.error.Conflict;
import org.carepool.error.DomainError;
import org.carepool.error.Invalid;
import org.carepool.error.NotFound;
import org.carepool.error.Refused;
import org.carepool.ingest.ImportRejected;
import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP answers: JSON under {@code /api} (and
 * {@code /health}), a page everywhere else. A refused form or query (400, 404, 409, 422) is shown
 * on its own page above the form, with what was sent kept, where that page is a {@link FormPage};
 * any other error page keeps the navigation and links back to the page it came from. No stack
 * trace ever reaches a client.
 */
final class ErrorMapping {
  private static final Logger log = LoggerFactory.getLogger(ErrorMapping.class);
  private static final Set<Integer> IN_PLACE = Set.of(400, 404, 409, 422);

  /** A page that can show an error above its own form: its title, and its body as its handler renders it. */
  record FormPage(String title, Function<Context, String> body) {}

  private final Guard guard;
  private final Map<String, FormPage> formPages;

  /** {@code formPages} by the path of their page, e.g. "/users" (which also takes "/users/{name}/role"). */
  ErrorMapping(Guard guard, Map<String, FormPage> formPages) {
    this.guard = guard;
    this.formPages = Map.copyOf(formPages);
  }

  void install(RoutesConfig routes) {
    routes.exception(HttpResponseException.class, this::httpResponse);
    routes.exception(ValidationException.class, this::invalid);
    routes.exception(DomainError.class, this::refused);
    routes.exception(ServletException.class, this::unreadableBody);
    routes.exception(HttpException.RuntimeException.class, this::unreadableBody);
    routes.exception(Exception.class, this::unexpected);
    // A body over the route's limit without a Content-Length (chunked) is stopped while it is read.
    routes.error(413, ctx -> error(ctx, 413, Guard.sizeLimit(ctx)));
    routes.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint ")) {
        nothingAt(ctx);
      }
    });
  }

  private void httpResponse(HttpResponseException e, Context ctx) {
    if (e.getStatus() == 404 && String.valueOf(e.getMessage()).startsWith("Endpoint ")) {
      nothingAt(ctx);
    } else {
      error(ctx, e.getStatus(), e.getMessage());
    }
  }

  /** No route matched, so the guard has not run: find the user, so that the page keeps the navigation. */
  private void nothingAt(Context ctx) {
    guard.recognise(ctx);
    error(ctx, 404, "There is nothing at " + ctx.path());
  }

  /** A status and a message: JSON under /api, else the message in place or on an error page. */
  void error(Context ctx, int status, String message) {
    if (status >= 300 && status < 400) {
      ctx.status(status);
      return; // a redirect: the Location header says it all
    }
    if (Guard.isApi(ctx)) {
      ctx.status(status).json(Map.of("status", status, "error", message));
    } else {
      page(ctx, status, alert(ctx, sentence(message), List.of()));
    }
  }

  private void page(Context ctx, int status, String errorHtml) {
    String section = Page.sectionOf(ctx.path());
    FormPage form = Guard.user(ctx) == null || !IN_PLACE.contains(status) ? null : formPages.get(section);
    if (form != null) {
      ctx.status(status).html(Page.withError(ctx, form.title(), errorHtml + form.body().apply(ctx)));
      return;
    }
    String back = Guard.user(ctx) == null && status == 401 ? back(ctx, "/sign-in", "Sign in") : backToSection(ctx);
    ctx.status(status).html(Page.withError(ctx, title(status), errorHtml + back));
  }

  /**
   * The one mapping of carepool's own refusals: not found 404, conflict 409, invalid 400, refused 422
   * (with its problems: a rejected upload's as a table of file, line, column, value and reason).
   */
  private void refused(DomainError e, Context ctx) {
    if (e instanceof NotFound) {
      error(ctx, 404, e.getMessage());
    } else if (e instanceof Conflict) {
      error(ctx, 409, e.getMessage());
    } else if (e instanceof ImportRejected rejected) {
      rejected(rejected, ctx);
    } else if (e instanceof Invalid) {
      error(ctx, 400, e.getMessage());
    } else if (((Refused) e).problems().isEmpty()) {
      error(ctx, 422, e.getMessage());
    } else {
      problems(ctx, e.getMessage(), ((Refused) e).problems().stream().map(String::valueOf).toList());
    }
  }

  /** A rejected upload: 422 with the problems kept, and how many there were in all. */
  private void rejected(ImportRejected e, Context ctx) {
    if (Guard.isApi(ctx)) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", 422);
      body.put("outcome", "REJECTED");
      body.put("error", DataPages.nothingLoaded(e.problemCount()));
      body.put("problemCount", e.problemCount());
      body.put("problemsListed", e.problems().size());
      body.put("problems", e.problems());
      ctx.status(422).json(body);
    } else {
      page(ctx, 422, DataPages.problems(ctx, e));
    }
  }

  /** A domain failure with every problem listed (an invalid schedule): 422 with the list. */
  private void problems(Context ctx, String message, List<String> problems) {
    if (Guard.isApi(ctx)) {
      ctx.status(422).json(Map.of("status", 422, "error", message, "problems", problems));
    } else {
      page(ctx, 422, alert(ctx, message, problems));
    }
  }

  private void invalid(ValidationException e, Context ctx) {
    Map<String, List<String>> problems = new LinkedHashMap<>();
    e.getErrors().forEach((field, errors) ->
        problems.put(field, errors.stream().map(ValidationError::getMessage).toList()));
    if (Guard.isApi(ctx)) {
      ctx.status(400).json(Map.of("status", 400, "error", "Some request parameters are not valid", "problems", problems));
    } else {
      List<String> list = problems.entrySet().stream().map(p -> p.getKey() + ": " + String.join("; ", p.getValue())).toList();
      page(ctx, 400, alert(ctx, "Please correct:", list));
    }
  }

  /**
   * Jetty could not read the body: a multipart form cut short, without a boundary, with a broken
   * part header, or over the upload limit. Jetty reports all of these as one "bad multipart"
   * (wrapped in a ServletException by the servlet API); the size limits are told apart only by
   * the message of the cause ("max length exceeded", "max file size exceeded").
   */
  private void unreadableBody(Exception e, Context ctx) {
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
    String what = ctx.isMultipartFormData() ? "The upload is not a valid multipart form" : "The request body cannot be read";
    // Not in place: the page's form would read the same unreadable body again.
    int status = http.getCode() == 413 ? 413 : 400;
    String message = what + (why == null ? "" : " (" + Sentences.printable(why, 120) + ")");
    if (Guard.isApi(ctx)) {
      ctx.status(status).json(Map.of("status", status, "error", message));
    } else {
      ctx.status(status).html(Page.withError(ctx, title(status), alert(ctx, message, List.of()) + backToSection(ctx)));
    }
  }

  /** The message (and its problems, if any) as {@code errorMessage.jte} shows it. */
  private static String alert(Context ctx, String message, List<String> problems) {
    return Page.part(ctx, "errorMessage.jte", Map.of("message", java.util.Objects.toString(message, ""), "problems", problems));
  }

  /** A link back to the page the request came from, e.g. "Back to Users". */
  private static String backToSection(Context ctx) {
    String section = Page.sectionOf(ctx.path());
    return back(ctx, section, "Back to " + Page.nameOf(section));
  }

  private static String back(Context ctx, String href, String text) {
    return Page.part(ctx, "errorBack.jte", Map.of("href", href, "text", text));
  }

  /** Services word messages to be embedded ("arrangement BCF has…"); on a page of its own, one starts a sentence. */
  private static String sentence(String message) {
    return message == null || message.isEmpty() ? "" : Character.toUpperCase(message.charAt(0)) + message.substring(1);
  }

  private void unexpected(Exception e, Context ctx) {
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
      case 409 -> "Cannot do that now";
      case 413 -> "Too large";
      case 415 -> "Wrong kind of file";
      case 422 -> "Not accepted";
      case 429 -> "Too many attempts";
      case 503 -> "Not available yet";
      default -> "Something went wrong";
    };
  }
}
