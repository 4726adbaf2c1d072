package org.carepool.report;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * Renders carepool's reports to PDF, XLSX or CSV: the one entry point of the {@code report}
 * package for the web, the command line and schedules. Build one at start-up (it compiles every
 * template from the classpath, ~1–2 s) and share it: rendering is thread-safe.
 */
public final class ReportRenderer {

  private final Templates templates;

  /** Compiles every template; fails with a {@link ReportException} naming a template that does not compile. */
  public ReportRenderer() {
    this.templates = new Templates();
  }

  /** The report as a file of the format. */
  public byte[] render(ReportData data, Format format) {
    if (data instanceof IncomeExpenditureReport ie) {
      return switch (format) {
        case PDF -> Exporters.pdf(fill(ie), title(ie));
        case XLSX -> Exporters.xlsx(fill(ie), "I&E " + ie.context().arrangement() + " " + ie.context().asAt());
        case CSV -> IncomeExpenditureCsv.write(ie);
      };
    }
    throw new IllegalArgumentException("no renderer for " + data.id());
  }

  /** The file name a download or pack should use, e.g. {@code income-expenditure-LB1-2025-09.pdf}. */
  public static String fileName(ReportData data, Format format) {
    String name = data.id().id() + "-" + data.context().arrangement() + "-" + data.context().asAt();
    return name.replaceAll("[^A-Za-z0-9._-]", "_") + "." + format.extension();
  }

  /** Filled, not exported: for board packs that combine several reports into one PDF. */
  JasperPrint fill(IncomeExpenditureReport report) {
    try {
      return JasperFillManager.fillReport(templates.get("income-expenditure"),
          IncomeExpenditureFill.parameters(report, templates), new JREmptyDataSource(1));
    } catch (JRException e) {
      throw new ReportException("filling income-expenditure for " + report.context().arrangement() + " "
          + report.context().asAt() + " failed: " + e.getMessage(), e);
    }
  }

  private static String title(IncomeExpenditureReport report) {
    ReportContext c = report.context();
    return "Income and expenditure, " + c.arrangement() + " " + c.arrangementName() + ", " + c.monthLabel();
  }
}
