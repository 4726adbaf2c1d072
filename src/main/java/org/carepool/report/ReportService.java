package org.carepool.report;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.carepool.finance.FinanceException;
import org.carepool.finance.FinancialYear;
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
  private final ReportRenderer renderer;
  private final IncomeExpenditureService incomeExpenditure;
  private final PerformanceService performance;
  private final MappingService mapping;
  private final Clock clock;

  public ReportService(ReportRenderer renderer, IncomeExpenditureService incomeExpenditure,
      PerformanceService performance, MappingService mapping, Clock clock) {
    this.renderer = renderer;
    this.incomeExpenditure = incomeExpenditure;
    this.performance = performance;
    this.mapping = mapping;
    this.clock = clock;
  }

  public RenderedReport render(ReportRequest request) {
    ReportData data = data(request);
    return new RenderedReport(ReportRenderer.fileName(data, request.format()), request.format().contentType(),
        renderer.render(data, request.format()));
  }

  /**
   * The board pack as one PDF (SPEC §6 {@code board-pack}): cover, contents, for each arrangement its
   * reports in the order asked, then the board-wide reports; a section whose figures cannot be
   * produced (e.g. no contributions for the year) is a page saying why, so the rest still goes out.
   */
  public RenderedReport pack(PackRequest request) {
    List<PackSection> sections = new ArrayList<>();
    for (PackRequest.Arrangement arrangement : request.arrangements()) {
      for (ReportId report : request.reports()) {
        if (!boardWide(report)) {
          sections.add(section(report.title() + ", " + arrangement.code() + " " + arrangement.name(),
              ReportRequest.forArrangement(report, arrangement.code(), request.month(), Format.PDF)));
        }
      }
    }
    for (ReportId report : request.reports()) {
      if (boardWide(report)) {
        sections.add(section(report.title() + ", " + request.boardName(),
            new ReportRequest(report, null, request.board(), request.month(), Format.PDF)));
      }
    }
    ZonedDateTime produced = ZonedDateTime.now(clock).withZoneSameInstant(ReportContext.LONDON);
    String title = request.boardName() + ": board pack";
    List<String> cover = List.of("Board " + request.board(), FinancialYear.displayMonth(request.month()),
        "Produced " + produced.format(DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK)) + " (UK time)",
        request.arrangements().size() + " arrangements");
    byte[] pdf = new PackAssembler().assemble(title, cover, sections);
    String name = ("board-pack-" + request.board() + "-" + request.month()).replaceAll("[^A-Za-z0-9._-]", "_");
    return new RenderedReport(name + ".pdf", Format.PDF.contentType(), pdf);
  }

  private PackSection section(String title, ReportRequest request) {
    try {
      return PackSection.of(title, renderer.renderForPack(data(request)));
    } catch (FinanceException | IllegalArgumentException e) {
      return PackSection.missing(title, e.getMessage());
    }
  }

  /** Reports about a whole board rather than one arrangement: they follow the arrangements in a pack. */
  private static boolean boardWide(ReportId report) {
    return report.id().equals("spend-mapping");
  }

  ReportData data(ReportRequest request) {
    return switch (request.report()) {
      case INCOME_EXPENDITURE -> incomeExpenditure(request);
      case PERFORMANCE -> performance(request);
      case SPEND_MAPPING -> spendMapping(request);
    };
  }

  private IncomeExpenditureReport incomeExpenditure(ReportRequest request) {
    IncomeExpenditureStatement statement = incomeExpenditure.statement(request.requireArrangement(), request.month());
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
