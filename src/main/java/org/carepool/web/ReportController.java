package org.carepool.web;

import io.javalin.http.HttpStatus;
import java.util.Optional;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.NotFoundResponse;
import java.time.YearMonth;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.carepool.arrangement.ArrangementService;
import org.carepool.arrangement.ArrangementSummary;

/**
 * The Reports page (VIEWER), its download, and {@code GET /api/reports/{report}}. A refused
 * choice is shown above the chooser with every choice kept ({@link ErrorMapping}); an unknown
 * arrangement or board is a 404, like everywhere else.
 */
final class ReportController {
  private static final Pattern DOWNLOAD_TOKEN = Pattern.compile("[A-Za-z0-9]{8,40}");

  private final ReportFiles reports;
  private final ArrangementService arrangements;
  private final Cookies cookies;

  ReportController(ReportFiles reports, ArrangementService arrangements, Cookies cookies) {
    this.reports = reports;
    this.arrangements = arrangements;
    this.cookies = cookies;
  }

  void page(Context ctx) {
    String headline = "";
    if (ctx.queryParam("arrangement") != null && ctx.queryParam("month") != null) {
      String arrangement = known(ctx, "arrangement", arrangementCodes());
      YearMonth month = Months.required(ctx, "month");
      headline = ReportPages.headline(reports.headline(arrangement, month).orElseThrow(() -> unknown("arrangement", arrangement)),
          month) + CloseController.closeForm(ctx, arrangement, month);
    }
    ctx.html(Page.of(ctx, "Reports", body(ctx) + headline));
  }

  /** The chooser, keeping what the query chose: also what {@link ErrorMapping} shows under an error. */
  String body(Context ctx) {
    return ReportPages.chooser(ctx, arrangements.list(), arrangements.latestSpendMonths());
  }

  void download(Context ctx) {
    serve(ctx, ctx.queryParamAsClass("report", String.class)
        .check(id -> ReportType.byId(id).isPresent(), "one of " + ReportPages.ids()).get());
  }

  void api(Context ctx) {
    serve(ctx, ctx.pathParamAsClass("report", String.class)
        .check(id -> ReportType.byId(id).isPresent(), "one of " + ReportPages.ids()).get());
  }

  /**
   * A download whose data has not changed since the caller's copy is 304 (not audited: nothing was
   * handed out); otherwise the file, with its tag. Caches may keep it but must ask again each time.
   */
  private void serve(Context ctx, String reportId) {
    ReportFiles.ReportRequest request = request(ctx, ReportType.byId(reportId).orElseThrow());
    Optional<String> etag = reports.etag(request);
    if (etag.isPresent() && etag.get().equals(ctx.header(Header.IF_NONE_MATCH))) {
      tagged(ctx, etag.get()).status(HttpStatus.NOT_MODIFIED);
      return;
    }
    ReportFiles.ReportFile file = reports.render(request, Guard.user(ctx).username(), ctx.ip())
        .orElseThrow(() -> unknown(request.report().scope().name().toLowerCase(), request.code()));
    String token = ctx.queryParam("download_token");
    if (token != null && DOWNLOAD_TOKEN.matcher(token).matches()) {
      cookies.downloaded(ctx, token); // tells the page's script the file has arrived
    }
    etag.ifPresent(tag -> tagged(ctx, tag)); // a file only, never an error answer
    ctx.header(Header.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName().replaceAll("[^A-Za-z0-9._-]", "_") + "\"")
        .contentType(file.contentType())
        .result(file.content());
  }

  /** Caches (the browser's) may keep the file but must ask again each time: the tag makes asking cheap. */
  private static Context tagged(Context ctx, String etag) {
    return ctx.header(Header.ETAG, etag).header(Header.CACHE_CONTROL, "private, no-cache");
  }

  private ReportFiles.ReportRequest request(Context ctx, ReportType type) {
    String code = type.scope() == ReportType.Scope.ARRANGEMENT
        ? known(ctx, "arrangement", arrangementCodes())
        : known(ctx, "board", boardCodes());
    String format = ctx.queryParamAsClass("format", String.class)
        .check(f -> ReportFormat.byId(f).filter(type.formats()::contains).isPresent(),
            type.title() + " comes as " + type.formats().stream().map(f -> f.id().toUpperCase()).collect(Collectors.joining(", ")))
        .get();
    String units = ctx.queryParam("units") == null ? null : ctx.queryParamAsClass("units", String.class)
        .check(u -> u.equals("pounds") || u.equals("thousands"), "pounds or thousands").get();
    return new ReportFiles.ReportRequest(type, code, Months.required(ctx, "month"), ReportFormat.byId(format).orElseThrow(),
        FinanceController.view(ctx) == org.carepool.finance.StatementView.REPORTED, units);
  }

  /** A code that must be given (400 when missing) and must exist (404 when it does not). */
  private static String known(Context ctx, String param, Set<String> codes) {
    String code = ctx.queryParamAsClass(param, String.class).check(c -> c != null && !c.isBlank(), "required").get();
    if (!codes.contains(code)) {
      throw unknown(param, code);
    }
    return code;
  }

  private static NotFoundResponse unknown(String what, String code) {
    String shown = code.length() > 40 ? code.substring(0, 40) + "…" : code;
    return new NotFoundResponse("There is no " + what + " '" + shown.replaceAll("\\p{Cntrl}", "?") + "'");
  }

  private Set<String> arrangementCodes() {
    return arrangements.list().stream().map(ArrangementSummary::code).collect(Collectors.toSet());
  }

  private Set<String> boardCodes() {
    return arrangements.list().stream().map(ArrangementSummary::board).collect(Collectors.toSet());
  }
}
