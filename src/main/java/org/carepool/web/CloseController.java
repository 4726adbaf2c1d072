package org.carepool.web;

import org.carepool.error.Invalid;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.carepool.finance.CloseHow;
import org.carepool.finance.Commentary;
import org.carepool.finance.MonthCloses;
import org.carepool.security.Role;

/**
 * Closing a month (ANALYST), listing closes (VIEWER), reopening (ADMIN, with a reason) and entering
 * commentary (ANALYST), through the API and the Reports page (SPEC §4.9). The service audits each.
 */
final class CloseController {
  private final MonthCloses closes;

  CloseController(MonthCloses closes) {
    this.closes = closes;
  }

  void close(Context ctx) {
    var close = closes.close(ctx.pathParam("code"), Months.required(ctx, "month"), Guard.user(ctx).username(),
        CloseHow.ANALYST, ctx.ip());
    ctx.status(HttpStatus.CREATED).json(CloseJson.of(close));
  }

  void list(Context ctx) {
    ctx.json(Map.of("closes", closes.list(ctx.pathParam("code")).stream().map(CloseJson::of).toList()));
  }

  void reopen(Context ctx) {
    var reopened = closes.reopen(ctx.pathParam("code"), month(ctx.pathParam("month")), Guard.user(ctx).username(),
        reason(ctx), ctx.ip());
    ctx.json(Map.of("reopened", CloseJson.of(reopened)));
  }

  void commentary(Context ctx) {
    var body = ctx.bodyValidator(CommentaryBody.class).get();
    String scheme = ctx.queryParam("scheme") == null || ctx.queryParam("scheme").isBlank() ? null : ctx.queryParam("scheme");
    var entered = new Commentary(ctx.pathParam("code"), scheme, Months.required(ctx, "month"), body.commentary(),
        body.action(), body.owner(), due(body.due()));
    var saved = closes.putCommentary(entered, Guard.user(ctx).username(), ctx.ip());
    ctx.json(new CommentaryJson(saved.arrangement(), saved.scheme(), saved.month().toString(), saved.commentary(),
        saved.action(), saved.owner(), saved.due() == null ? null : saved.due().toString()));
  }

  /** The Reports page's Close-month button: closes, then shows the headline again with what happened. */
  void closeFromPage(Context ctx) {
    Forms.requireForm(ctx);
    String code = Forms.required(ctx, "arrangement", "Arrangement");
    YearMonth month = month(Forms.required(ctx, "month", "Month"));
    closes.close(code, month, Guard.user(ctx).username(), CloseHow.ANALYST, ctx.ip());
    ctx.redirect(Links.reports(code, month) + "&closed=1", HttpStatus.SEE_OTHER);
  }

  /** What {@code closeForm.jte} shows; {@code closed}: the month was closed just now. */
  record CloseForm(String arrangement, String month, boolean closed, String csrf) {}

  /** The Close-month form under the I&amp;E headline, for analysts and administrators only. */
  static String closeForm(Context ctx, String arrangement, YearMonth month) {
    if (!Guard.user(ctx).role().includes(Role.ANALYST)) {
      return "";
    }
    var form = new CloseForm(arrangement, month.toString(), "1".equals(ctx.queryParam("closed")), Guard.csrf(ctx));
    return Page.part(ctx, "closeForm.jte", Map.of("close", form));
  }

  /** A close as the API shows it: money as a string with two decimals, like the I&amp;E. */
  record CloseJson(String arrangement, String month, String closedAt, String closedBy, String how,
      String poolForecast, java.util.List<Long> importBatches) {
    static CloseJson of(org.carepool.finance.MonthClose c) {
      return new CloseJson(c.arrangement(), c.month().toString(), c.closedAt().toString(), c.closedBy(), c.how().name(),
          c.poolForecast().setScale(2).toPlainString(), c.importBatches());
    }
  }

  record CommentaryJson(String arrangement, String scheme, String month, String commentary, String action,
      String owner, String due) {}

  /** The body of {@code PUT …/commentary}; {@code due} ISO {@code YYYY-MM-DD}, optional. */
  record CommentaryBody(String commentary, String action, String owner, String due) {}

  private static YearMonth month(String value) {
    if (value == null || !value.matches("\\d{4}-(0[1-9]|1[0-2])")) {
      throw new Invalid("month: a month written YYYY-MM, e.g. 2025-09");
    }
    return YearMonth.parse(value);
  }

  private static String reason(Context ctx) {
    String reason = ctx.queryParam("reason");
    if (reason == null || reason.isBlank()) {
      throw new Invalid("reason: required (why the month is reopened)");
    }
    return reason.strip();
  }

  private static LocalDate due(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw new Invalid("due: a date written YYYY-MM-DD");
    }
    try {
      return LocalDate.parse(value);
    } catch (java.time.format.DateTimeParseException e) {
      throw new Invalid("due: a date written YYYY-MM-DD");
    }
  }
}
