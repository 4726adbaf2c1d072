package org.carepool.report;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import org.carepool.finance.ArrangementTerms;
import org.carepool.finance.IncomeExpenditureService;
import org.carepool.finance.IncomeExpenditureStatement;

/** Gathers a report's figures from the feature services and renders them: for downloads, the CLI and packs. */
public final class ReportService {
  private final ReportRenderer renderer;
  private final IncomeExpenditureService incomeExpenditure;
  private final Clock clock;

  public ReportService(ReportRenderer renderer, IncomeExpenditureService incomeExpenditure, Clock clock) {
    this.renderer = renderer;
    this.incomeExpenditure = incomeExpenditure;
    this.clock = clock;
  }

  public RenderedReport render(ReportRequest request) {
    ReportData data = data(request);
    return new RenderedReport(ReportRenderer.fileName(data, request.format()), request.format().contentType(),
        renderer.render(data, request.format()));
  }

  ReportData data(ReportRequest request) {
    return switch (request.report()) {
      case INCOME_EXPENDITURE -> incomeExpenditure(request);
    };
  }

  private IncomeExpenditureReport incomeExpenditure(ReportRequest request) {
    IncomeExpenditureStatement statement = incomeExpenditure.statement(request.requireArrangement(), request.month());
    ArrangementTerms terms = statement.terms();
    ReportContext context = new ReportContext(terms.code(), terms.name(), terms.boardName(), terms.model(),
        terms.hostName(), terms.legalBasis(), request.month(), ZonedDateTime.now(clock),
        List.copyOf(statement.importBatches()));
    return new IncomeExpenditureReport(context, statement.figures(), terms.riskShare(), statement.organisationNames(),
        statement.dataQualityNotes());
  }
}
