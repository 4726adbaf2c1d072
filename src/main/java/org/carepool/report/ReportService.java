package org.carepool.report;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.YearMonth;
import java.util.List;
import org.carepool.arrangement.ArrangementService;
import org.carepool.arrangement.Board;
import org.carepool.finance.ArrangementTerms;
import org.carepool.finance.IncomeExpenditureService;
import org.carepool.finance.IncomeExpenditureStatement;
import org.carepool.finance.Model;
import org.carepool.indicators.Mapping;
import org.carepool.indicators.MappingService;
import org.carepool.indicators.Performance;
import org.carepool.indicators.PerformanceService;

/** Gathers a report's figures from the feature services and renders them: for downloads, the CLI and packs. */
public final class ReportService {
  private static final Duration[] RENDER_BUCKETS = Stream.of(50, 100, 250, 500, 1000, 2000, 3000, 5000, 10000, 30000)
      .map(Duration::ofMillis).toArray(Duration[]::new);
  private final ReportRenderer renderer;
  private final ArrangementService arrangements;
  private final IncomeExpenditureService incomeExpenditure;
  private final PerformanceService performance;
  private final MappingService mapping;
  private final Clock clock;
  private final MeterRegistry meters;

  public ReportService(ReportRenderer renderer, ArrangementService arrangements,
      IncomeExpenditureService incomeExpenditure, PerformanceService performance, MappingService mapping, Clock clock) {
    this(renderer, arrangements, incomeExpenditure, performance, mapping, clock, new CompositeMeterRegistry());
  }

  /** {@code meters}: each render is timed by report and format ({@code carepool_report_render_seconds}). */
  public ReportService(ReportRenderer renderer, ArrangementService arrangements,
      IncomeExpenditureService incomeExpenditure, PerformanceService performance, MappingService mapping, Clock clock,
      MeterRegistry meters) {
    this.renderer = renderer;
    this.arrangements = arrangements;
    this.incomeExpenditure = incomeExpenditure;
    this.performance = performance;
    this.mapping = mapping;
    this.clock = clock;
    this.meters = meters;
  }

  public RenderedReport render(ReportRequest request) {
    return timed(request.report().id(), request.format(), () -> {
      ReportData data = data(request);
      return new RenderedReport(ReportRenderer.fileName(data, request.format()), request.format().contentType(),
          renderer.render(data, request.format(), request.units()));
    });
  }

  private <T> T timed(String report, Format format, Supplier<T> render) {
    return Timer.builder("carepool.report.render").description("Rendering one report or pack, figures included")
        .tag("report", report).tag("format", format.extension())
        .serviceLevelObjectives(RENDER_BUCKETS).register(meters).record(render);
  }

  /**
   * The board pack (SPEC §6 {@code board-pack}): one PDF with a cover, contents, for each arrangement
   * its reports in the order asked, then the board-wide reports; and the XLSX companion when the
   * request asks for it. A section whose figures cannot be produced (e.g. no contributions for the
   * year) is a note page saying why, listed on the cover and the contents and returned in
   * {@link Pack#missing()}, so the rest still goes out and the gap is not hidden.
   */
  public Pack pack(PackRequest request) {
    return pack(request, PackProgress.NONE);
  }

  /** The same, telling {@code progress} as its sections are made (a scheduled run's stage). */
  public Pack pack(PackRequest request, PackProgress progress) {
    return timed("board-pack", Format.PDF,
        () -> new PackBuilder(this::data, incomeExpenditure::batches, renderer, clock).build(request, progress));
  }

  /** The pack's XLSX companion alone (one sheet per table of each section), without rendering the PDF. */
  public RenderedReport packWorkbook(PackRequest request) {
    return timed("board-pack", Format.XLSX, () -> new PackBuilder(this::data, incomeExpenditure::batches, renderer, clock).workbook(request));
  }

  /**
   * SPEC §6's board pack of a board: each of its arrangements (in code order) with the arrangement
   * reports of {@code reports}, then the board's own; the same for a download, the command line and
   * a schedule.
   *
   * @throws org.carepool.arrangement.UnknownBoardException when no board has the code
   */
  public PackRequest boardPack(String board, YearMonth month, List<ReportId> reports, boolean withWorkbook) {
    return boardPack(board, month, reports, withWorkbook, PackRequest.Meeting.NONE);
  }

  /** The same, for a named meeting (what the cover says of it and of the author). */
  public PackRequest boardPack(String board, YearMonth month, List<ReportId> reports, boolean withWorkbook,
      PackRequest.Meeting meeting) {
    Board b = arrangements.board(board);
    return new PackRequest(b.code(), b.name(), month, reports,
        b.arrangements().stream().map(a -> new PackRequest.Arrangement(a.code(), a.name())).toList(), withWorkbook,
        meeting);
  }

  /** The {@code board-pack} download: every report in SPEC order, as the PDF or (XLSX) its companion workbook alone. */
  public RenderedReport boardPack(String board, YearMonth month, Format format) {
    PackRequest request = boardPack(board, month, List.of(ReportId.values()), false);
    return format == Format.XLSX ? packWorkbook(request) : pack(request).pdf();
  }

  ReportData data(ReportRequest request) {
    return switch (request.report()) {
      case INCOME_EXPENDITURE -> incomeExpenditure(request);
      case PERFORMANCE -> performance(request);
      case SPEND_MAPPING -> spendMapping(request);
    };
  }

  private IncomeExpenditureReport incomeExpenditure(ReportRequest request) {
    IncomeExpenditureStatement statement = incomeExpenditure.statement(request.requireArrangement(), request.month(),
        request.view());
    ArrangementTerms terms = statement.terms();
    ReportContext context = new ReportContext(terms.code(), terms.name(), terms.boardName(), terms.model(),
        terms.hostName(), terms.legalBasis(), request.month(), ZonedDateTime.now(clock),
        List.copyOf(statement.importBatches()));
    return IncomeExpenditureReport.of(context, statement);
  }

  private PerformanceReport performance(ReportRequest request) {
    Performance p = performance.performance(request.requireArrangement(), request.month());
    Performance.ArrangementInfo a = p.arrangement();
    ReportContext context = new ReportContext(a.code(), a.name(), a.boardName(), Model.valueOf(a.model()),
        a.hostName(), a.legalBasis(), request.month(), ZonedDateTime.now(clock), List.copyOf(p.importBatches()));
    return new PerformanceReport(context, p);
  }

  /** The board's mapping for the financial year of the month, April to the month. */
  private SpendMappingReport spendMapping(ReportRequest request) {
    Mapping m = mapping.mapping(request.requireBoard(), request.month());
    ReportContext context = new ReportContext(m.board(), m.boardName(), m.boardName(), null, null, null,
        request.month(), ZonedDateTime.now(clock), List.copyOf(m.importBatches()));
    return new SpendMappingReport(context, m);
  }
}
