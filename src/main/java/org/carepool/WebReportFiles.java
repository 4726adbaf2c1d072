package org.carepool;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.carepool.arrangement.ArrangementService;
import org.carepool.arrangement.ArrangementSummary;
import org.carepool.audit.Audit;
import org.carepool.db.StoreGate;
import org.carepool.finance.IncomeExpenditure;
import org.carepool.finance.IncomeExpenditureService;
import org.carepool.finance.IncomeExpenditureStatement;
import org.carepool.finance.StatementView;
import org.carepool.finance.UnknownArrangementException;
import org.carepool.report.Format;
import org.carepool.report.PackRequest;
import org.carepool.report.RenderedReport;
import org.carepool.report.ReportId;
import org.carepool.report.ReportRequest;
import org.carepool.report.ReportService;
import org.carepool.report.Units;
import org.carepool.web.ReportFiles;
import org.carepool.web.ReportType;

/** The web page's Reports seam, served by the report and finance services; every file it hands out is audited. */
final class WebReportFiles implements ReportFiles {
  private final ReportService reports;
  private final IncomeExpenditureService incomeExpenditure;
  private final ArrangementService arrangements;
  private final Audit audit;
  private final RenderedReports rendered;
  private final StoreGate gate;
  private final Semaphore renderSlots = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

  WebReportFiles(ReportService reports, IncomeExpenditureService incomeExpenditure, ArrangementService arrangements,
      Audit audit, RenderedReports rendered, StoreGate gate) {
    this.reports = reports;
    this.incomeExpenditure = incomeExpenditure;
    this.arrangements = arrangements;
    this.audit = audit;
    this.rendered = rendered;
    this.gate = gate;
  }

  @Override
  public Optional<String> etag(ReportRequest request) {
    return Optional.of(rendered.etag(request));
  }

  @Override
  public Optional<ReportFile> render(ReportRequest request, String who, String address) {
    Optional<ReportFile> file = rendered.get(request, () -> renderInTurn(request));
    file.ifPresent(f -> audit.record(who, "REPORT_DOWNLOADED", request.report().id() + " " + request.code() + " "
        + request.month() + " " + request.format().id() + (request.asReported() ? " as reported" : "")
        + (request.units() == null ? "" : " in " + request.units()) + " (" + f.content().length + " bytes)", address));
    return file;
  }

  /**
   * Rendering is CPU work: twenty downloads rendering at once on two cores would starve an import of its
   * share (and each other of memory), so as many render at once as there are cores; the rest queue here,
   * holding no connection and no lock of the store.
   */
  private Optional<ReportFile> renderInTurn(ReportRequest request) {
    try {
      renderSlots.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to render " + request.report().id(), e);
    }
    try {
      return render(request);
    } finally {
      renderSlots.release();
    }
  }

  private Optional<ReportFile> render(ReportRequest request) {
    if (request.report() == ReportType.BOARD_PACK) {
      return boardPack(request.code(), request.month(), Format.parse(request.format().id()));
    }
    ReportId report = ReportId.parse(request.report().id());
    boolean board = request.report().scope() == ReportType.Scope.BOARD;
    var what = new org.carepool.report.ReportRequest(report, board ? null : request.code(), board ? request.code() : null,
        request.month(), Format.parse(request.format().id()),
        request.asReported() ? StatementView.REPORTED : StatementView.NOW,
        request.units() == null ? null : Units.parse(request.units()));
    try {
      RenderedReport file = reports.render(what);
      return Optional.of(new ReportFile(file.fileName(), file.contentType(), file.content()));
    } catch (UnknownArrangementException unknown) {
      return Optional.empty();
    }
  }

  /**
   * The pack a schedule would send: every arrangement's I&amp;E and performance, then the board's spend
   * mapping; as XLSX, its companion workbook (one sheet per table).
   */
  private Optional<ReportFile> boardPack(String board, YearMonth month, Format format) {
    List<ArrangementSummary> ofBoard = arrangements.ofBoard(board);
    if (ofBoard.isEmpty()) {
      return Optional.empty();
    }
    PackRequest request = boardPack(ofBoard, month);
    // every section from one data version (a single report reads in one transaction already)
    RenderedReport pack = gate.reading(() -> format == Format.XLSX ? reports.packWorkbook(request)
        : reports.pack(request).pdf());
    return Optional.of(new ReportFile(pack.fileName(), pack.contentType(), pack.content()));
  }

  /** SPEC §6's board pack of the board whose arrangements these are (not empty): every report, in SPEC order. */
  static PackRequest boardPack(List<ArrangementSummary> ofBoard, YearMonth month) {
    return new PackRequest(ofBoard.get(0).board(), ofBoard.get(0).boardName(), month,
        List.of(ReportId.INCOME_EXPENDITURE, ReportId.PERFORMANCE, ReportId.SPEND_MAPPING),
        ofBoard.stream().map(a -> new PackRequest.Arrangement(a.code(), a.name())).toList());
  }

  @Override
  public Optional<Headline> headline(String arrangement, YearMonth month) {
    try {
      IncomeExpenditureStatement statement = incomeExpenditure.statement(arrangement, month);
      IncomeExpenditure figures = statement.figures();
      IncomeExpenditure.Pool pool = figures.pool();
      boolean underspendTerm = figures.riskShareBasis() == IncomeExpenditure.RiskShareBasis.UNDERSPEND;
      return Optional.of(new Headline(figures.arrangement(), figures.financialYear(), figures.model().name(),
          statement.terms().riskShare().name(), figures.riskShareBasis().name(),
          underspendTerm ? underspendTerm(figures) : null, pool.contributions(), pool.forecast(), pool.overspend(),
          pool.variancePct().toPlainString(), pool.rating().name(), pool.shareable(),
          figures.riskShare().stream().map(r -> new PartnerAmount(r.organisation(), r.amount())).toList(),
          figures.unallocated(), figures.noticeTexts(WebReportFiles::pounds), statement.dataQuality().warning(),
          statement.reported() != null, statement.reported() != null && statement.reported().restated(),
          statement.reported() == null ? "" : statement.reported().text(WebReportFiles::pounds)));
    } catch (UnknownArrangementException unknown) {
      return Optional.empty();
    }
  }

  /** The year's underspend term as applied: RETURN when none is set but the agreement has steps. */
  private static String underspendTerm(IncomeExpenditure figures) {
    return figures.terms().underspend() == null ? "RETURN" : figures.terms().underspend().name();
  }

  /** Money in a sentence, as the page writes it: £ with thousands separators, negatives in brackets. */
  private static String pounds(java.math.BigDecimal amount) {
    return new java.text.DecimalFormat("£#,##0.00;(£#,##0.00)",
        java.text.DecimalFormatSymbols.getInstance(java.util.Locale.UK)).format(amount);
  }
}
