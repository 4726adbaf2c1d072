package org.carepool.report;

import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * Renders carepool's reports to PDF, XLSX or CSV: the one entry point of the {@code report}
 * package for the web, the command line and schedules. Build one at start-up (it compiles every
 * template from the classpath, ~1–2 s) and share it: rendering is thread-safe.
 */
public final class ReportRenderer {

  /** The templates' parameter that leaves out their own "Page a of b" footer. */
  static final String IN_PACK = "IN_PACK";

  private final Templates templates;

  /** Templates are loaded when first used, from the {@code .jasper} files the build compiled; a missing one is a {@link ReportException}. */
  public ReportRenderer() {
    this.templates = new Templates();
  }

  /** The report as a file of the format, money in the format's default units ({@link Units#defaultFor}). */
  public byte[] render(ReportData data, Format format) {
    return render(data, format, Units.defaultFor(format));
  }

  /**
   * The report as a file of the format; {@code units} applies to the I&amp;E's money and the spend
   * mapping's costs (the performance report has no money).
   */
  public byte[] render(ReportData data, Format format, Units units) {
    if (data instanceof IncomeExpenditureReport ie) {
      return switch (format) {
        case PDF -> Exporters.pdf(fill(ie, false, units), title(ie));
        case XLSX -> Exporters.xlsx(fillForSpreadsheet(ie, units), "I&E " + ie.context().arrangement() + " "
            + ie.context().asAt(), IncomeExpenditureFill.footer(ie));
        case CSV -> IncomeExpenditureCsv.write(ie, units);
      };
    }
    if (data instanceof PerformanceReport pr) {
      return switch (format) {
        case PDF -> pdf(pr, false);
        case XLSX -> Exporters.xlsx(fill(pr, false), "Performance " + pr.context().arrangement() + " "
            + pr.context().asAt());
        case CSV -> IndicatorsCsv.performance(pr);
      };
    }
    if (data instanceof SpendMappingReport sm) {
      return switch (format) {
        case PDF -> Exporters.pdf(fill(sm, false, false, units), SpendMappingFill.title(sm.mapping()));
        case XLSX -> Exporters.xlsx(fill(sm, false, true, units), "Mapping " + sm.context().arrangement() + " "
            + sm.mapping().year().label());
        case CSV -> IndicatorsCsv.mapping(sm);
      };
    }
    throw new IllegalArgumentException("no renderer for " + data.id());
  }

  /**
   * The report filled for a board pack's PDF, money in £000s: without its own "Page a of b" (the
   * {@code IN_PACK} parameter of the templates), as the pack numbers its pages across the whole pack.
   * Exported with the pack's other sections, in one export ({@link Exporters#packPdf}).
   */
  SectionPrint fillForPack(ReportData data) {
    return SectionPrint.of(filledPdf(data, true), pdfTitle(data));
  }

  private byte[] pdf(ReportData data, boolean inPack) {
    return Exporters.pdf(filledPdf(data, inPack), pdfTitle(data));
  }

  private JasperPrint filledPdf(ReportData data, boolean inPack) {
    if (data instanceof IncomeExpenditureReport ie) {
      return fill(ie, inPack, Units.THOUSANDS);
    }
    if (data instanceof PerformanceReport pr) {
      return fill(pr, inPack);
    }
    if (data instanceof SpendMappingReport sm) {
      return fill(sm, inPack, false, Units.THOUSANDS);
    }
    throw new IllegalArgumentException("no renderer for " + data.id());
  }

  private static String pdfTitle(ReportData data) {
    if (data instanceof IncomeExpenditureReport ie) {
      return title(ie);
    }
    if (data instanceof PerformanceReport pr) {
      return "Performance, " + pr.context().arrangement() + ", " + pr.context().monthLabel();
    }
    if (data instanceof SpendMappingReport sm) {
      return SpendMappingFill.title(sm.mapping());
    }
    throw new IllegalArgumentException("no renderer for " + data.id());
  }

  /** The file name a download or pack should use, e.g. {@code income-expenditure-LB1-2025-09.pdf}. */
  public static String fileName(ReportData data, Format format) {
    String name = data.id().id() + "-" + data.context().arrangement() + "-" + data.context().asAt();
    return name.replaceAll("[^A-Za-z0-9._-]", "_") + "." + format.extension();
  }

  /** Filled, not exported; {@code inPack} leaves out the report's own page numbers. */
  private JasperPrint fill(IncomeExpenditureReport report, boolean inPack, Units units) {
    return fill("income-expenditure", report.context(), inPack,
        IncomeExpenditureFill.parameters(report, templates, units), new JREmptyDataSource(1));
  }

  /**
   * One long page for the XLSX: without pagination there is one header, no footers or repeated
   * column headers between the rows, and no chart (the template's {@code FOR_SPREADSHEET}).
   */
  private JasperPrint fillForSpreadsheet(IncomeExpenditureReport report, Units units) {
    Map<String, Object> parameters = IncomeExpenditureFill.parameters(report, templates, units);
    parameters.put(IncomeExpenditureFill.FOR_SPREADSHEET, true);
    parameters.put(JRParameter.IS_IGNORE_PAGINATION, true);
    return fill("income-expenditure", report.context(), false, parameters, new JREmptyDataSource(1));
  }

  private JasperPrint fill(PerformanceReport report, boolean inPack) {
    return fill("performance", report.context(), inPack, PerformanceFill.parameters(report, templates),
        new JRMapCollectionDataSource(PerformanceFill.rows(report.performance())));
  }

  /**
   * {@code everyPractice}: the XLSX lists every practice; the PDF (alone or in a pack) only the
   * highest and lowest cost per head once there are many (see {@link SpendMappingFill#practices}).
   */
  private JasperPrint fill(SpendMappingReport report, boolean inPack, boolean everyPractice, Units units) {
    return fill("spend-mapping", report.context(), inPack, SpendMappingFill.parameters(report, templates, units),
        new JRMapCollectionDataSource(SpendMappingFill.records(report.mapping(), everyPractice, units)));
  }

  private JasperPrint fill(String template, ReportContext context, boolean inPack, Map<String, Object> parameters,
      JRDataSource rows) {
    parameters.put(IN_PACK, inPack);
    try {
      return JasperFillManager.fillReport(templates.get(template), parameters, rows);
    } catch (JRException e) {
      throw new ReportException("filling " + template + " for " + context.arrangement() + " " + context.asAt()
          + " failed: " + e.getMessage(), e);
    }
  }

  private static String title(IncomeExpenditureReport report) {
    ReportContext c = report.context();
    return "Income and expenditure, " + c.arrangement() + " " + c.arrangementName() + ", " + c.monthLabel();
  }
}
