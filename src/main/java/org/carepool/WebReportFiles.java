package org.carepool;

import java.time.YearMonth;
import java.util.Optional;
import org.carepool.finance.IncomeExpenditure;
import org.carepool.finance.IncomeExpenditureService;
import org.carepool.finance.UnknownArrangementException;
import org.carepool.report.Format;
import org.carepool.report.RenderedReport;
import org.carepool.report.ReportId;
import org.carepool.report.ReportRequest;
import org.carepool.report.ReportService;
import org.carepool.web.ReportFiles;
import org.carepool.web.ReportType;

/** The web page's Reports seam, served by the report and finance services. */
final class WebReportFiles implements ReportFiles {
  private final ReportService reports;
  private final IncomeExpenditureService incomeExpenditure;

  WebReportFiles(ReportService reports, IncomeExpenditureService incomeExpenditure) {
    this.reports = reports;
    this.incomeExpenditure = incomeExpenditure;
  }

  @Override
  public Optional<ReportFile> render(ReportRequest request) {
    ReportId report = ReportId.parse(request.report().id());
    boolean board = request.report().scope() == ReportType.Scope.BOARD;
    var what = new org.carepool.report.ReportRequest(report, board ? null : request.code(), board ? request.code() : null,
        request.month(), Format.parse(request.format().id()));
    try {
      RenderedReport file = reports.render(what);
      return Optional.of(new ReportFile(file.fileName(), file.contentType(), file.content()));
    } catch (UnknownArrangementException unknown) {
      return Optional.empty();
    }
  }

  @Override
  public Optional<Headline> headline(String arrangement, YearMonth month) {
    try {
      IncomeExpenditure figures = incomeExpenditure.statement(arrangement, month).figures();
      return Optional.of(new Headline(figures.arrangement(), figures.financialYear(), figures.model().name(),
          figures.pool().contributions(), figures.pool().forecast(), figures.pool().overspend(),
          figures.riskShare().stream().map(r -> new PartnerAmount(r.organisation(), r.amount())).toList()));
    } catch (UnknownArrangementException unknown) {
      return Optional.empty();
    }
  }
}
