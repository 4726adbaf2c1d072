package org.carepool.web;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.NotFoundResponse;
import java.time.YearMonth;
import java.util.Set;
import java.util.stream.Collectors;
import org.carepool.arrangement.ArrangementService;
import org.carepool.arrangement.ArrangementSummary;
import org.carepool.audit.Audit;

/** The Reports page (VIEWER), its download, and {@code GET /api/reports/{report}}. */
final class ReportController {
  private final ReportFiles reports;
  private final ArrangementService arrangements;
  private final Audit audit;

  ReportController(ReportFiles reports, ArrangementService arrangements, Audit audit) {
    this.reports = reports;
    this.arrangements = arrangements;
    this.audit = audit;
  }

  void page(Context ctx) {
    String headline = "";
    if (ctx.queryParam("arrangement") != null && ctx.queryParam("month") != null) {
      String arrangement = known(ctx, "arrangement", arrangementCodes(), "arrangement");
      YearMonth month = Months.required(ctx, "month");
      headline = ReportPages.headline(reports.headline(arrangement, month)
          .orElseThrow(() -> new NotFoundResponse("No arrangement '" + arrangement + "'")), month);
    }
    ctx.html(Page.of(ctx, "Reports", ReportPages.chooser(ctx, arrangements.list()) + headline));
  }

  void download(Context ctx) {
    serve(ctx, ctx.queryParamAsClass("report", String.class)
        .check(id -> ReportType.byId(id).isPresent(), "one of " + ReportPages.ids()).get());
  }

  void api(Context ctx) {
    serve(ctx, ctx.pathParamAsClass("report", String.class)
        .check(id -> ReportType.byId(id).isPresent(), "one of " + ReportPages.ids()).get());
  }

  private void serve(Context ctx, String reportId) {
    ReportFiles.ReportRequest request = request(ctx, ReportType.byId(reportId).orElseThrow());
    ReportFiles.ReportFile file = reports.render(request)
        .orElseThrow(() -> new NotFoundResponse("No " + request.report().scope().name().toLowerCase() + " '" + request.code() + "'"));
    audit.record(Guard.user(ctx).username(), "REPORT_DOWNLOADED", request.report().id() + " " + request.code() + " "
        + request.month() + " " + request.format().id() + " (" + file.content().length + " bytes)", ctx.ip());
    ctx.header(Header.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName().replaceAll("[^A-Za-z0-9._-]", "_") + "\"")
        .contentType(file.contentType())
        .result(file.content());
  }

  private ReportFiles.ReportRequest request(Context ctx, ReportType type) {
    String code = type.scope() == ReportType.Scope.ARRANGEMENT
        ? known(ctx, "arrangement", arrangementCodes(), "arrangement")
        : known(ctx, "board", boardCodes(), "board");
    String format = ctx.queryParamAsClass("format", String.class)
        .check(f -> ReportFormat.byId(f).filter(type.formats()::contains).isPresent(),
            type.id() + " comes as " + type.formats().stream().map(ReportFormat::id).collect(Collectors.joining(", ")))
        .get();
    return new ReportFiles.ReportRequest(type, code, Months.required(ctx, "month"), ReportFormat.byId(format).orElseThrow());
  }

  private static String known(Context ctx, String param, Set<String> codes, String what) {
    return ctx.queryParamAsClass(param, String.class).check(c -> c != null && codes.contains(c), "no such " + what).get();
  }

  private Set<String> arrangementCodes() {
    return arrangements.list().stream().map(ArrangementSummary::code).collect(Collectors.toSet());
  }

  private Set<String> boardCodes() {
    return arrangements.list().stream().map(ArrangementSummary::board).collect(Collectors.toSet());
  }
}
