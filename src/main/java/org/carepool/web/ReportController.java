package org.carepool.web;

import io.javalin.http.Context;
import org.carepool.report.Format;
import org.carepool.report.RenderedReport;
import org.carepool.report.ReportId;
import org.carepool.report.ReportRequest;
import org.carepool.report.ReportService;

final class ReportController {
  private final ReportService reports;

  ReportController(ReportService reports) {
    this.reports = reports;
  }

  void download(Context ctx) {
    ReportRequest request = new ReportRequest(ReportId.parse(ctx.pathParam("report")),
        ctx.queryParam("arrangement"), ctx.queryParam("board"), QueryParams.month(ctx),
        Format.parse(ctx.queryParamAsClass("format", String.class).getOrDefault("pdf")));
    RenderedReport file = reports.render(request);
    ctx.contentType(file.contentType())
        .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
        .result(file.content());
  }
}
