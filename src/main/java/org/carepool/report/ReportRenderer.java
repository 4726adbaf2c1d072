package org.carepool.report;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

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
    if (data instanceof PerformanceReport pr) {
      return switch (format) {
        case PDF -> Exporters.pdf(fill(pr), "Performance, " + pr.context().arrangement() + ", "
            + pr.context().monthLabel());
        case XLSX -> Exporters.xlsx(fill(pr), "Performance " + pr.context().arrangement() + " " + pr.context().asAt());
        case CSV -> IndicatorsCsv.performance(pr);
      };
    }
    if (data instanceof SpendMappingReport sm) {
      return switch (format) {
        case PDF -> Exporters.pdf(fill(sm), "Spend mapping, " + sm.context().arrangement() + ", "
            + sm.mapping().year().label());
        case XLSX -> Exporters.xlsx(fill(sm), "Mapping " + sm.context().arrangement() + " "
            + sm.mapping().year().label());
        case CSV -> IndicatorsCsv.mapping(sm);
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

  JasperPrint fill(PerformanceReport report) {
    return fill("performance", PerformanceFill.parameters(report, templates),
        new JRMapCollectionDataSource(PerformanceFill.rows(report.performance())));
  }

  JasperPrint fill(SpendMappingReport report) {
    return fill("spend-mapping", SpendMappingFill.parameters(report, templates),
        new JRMapCollectionDataSource(SpendMappingFill.records(report.mapping())));
  }

  private JasperPrint fill(String template, java.util.Map<String, Object> parameters, JRDataSource rows) {
    try {
      return JasperFillManager.fillReport(templates.get(template), parameters, rows);
    } catch (JRException e) {
      throw new ReportException("filling " + template + " failed: " + e.getMessage(), e);
    }
  }

  private static String title(IncomeExpenditureReport report) {
    ReportContext c = report.context();
    return "Income and expenditure, " + c.arrangement() + " " + c.arrangementName() + ", " + c.monthLabel();
  }
}
