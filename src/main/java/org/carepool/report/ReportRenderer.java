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
    Kind kind = kind(data);
    return switch (format) {
      case PDF -> Exporters.pdf(kind.pdf(data, false, units), kind.title(data));
      case XLSX -> kind.xlsx(data, units);
      case CSV -> kind.csv(data, units);
    };
  }

  /**
   * The report filled for a board pack's PDF, money in £000s: without its own "Page a of b" (the
   * {@code IN_PACK} parameter of the templates), as the pack numbers its pages across the whole pack.
   * Exported with the pack's other sections, in one export ({@link Exporters#packPdf}).
   */
  SectionPrint fillForPack(ReportData data) {
    Kind kind = kind(data);
    return SectionPrint.of(kind.pdf(data, true, Units.THOUSANDS), kind.title(data));
  }

  /**
   * How one kind of report becomes each format, kept together: its PDF's print ({@code inPack}
   * leaves out the report's own page numbers) and title, its workbook and its CSV.
   */
  private interface Kind {
    JasperPrint pdf(ReportData data, boolean inPack, Units units);

    String title(ReportData data);

    byte[] xlsx(ReportData data, Units units);

    byte[] csv(ReportData data, Units units);
  }

  private Kind kind(ReportData data) {
    return switch (data.id()) {
      case INCOME_EXPENDITURE -> incomeExpenditure;
      case PERFORMANCE -> performance;
      case SPEND_MAPPING -> spendMapping;
    };
  }

  private final Kind incomeExpenditure = new Kind() {
    @Override
    public JasperPrint pdf(ReportData data, boolean inPack, Units units) {
      return fill((IncomeExpenditureReport) data, inPack, units);
    }

    @Override
    public String title(ReportData data) {
      ReportContext c = data.context();
      return "Income and expenditure, " + c.arrangement() + " " + c.arrangementName() + ", " + c.monthLabel();
    }

    @Override
    public byte[] xlsx(ReportData data, Units units) {
      IncomeExpenditureReport ie = (IncomeExpenditureReport) data;
      return Exporters.xlsx(fillForSpreadsheet(ie, units), "I&E " + ie.context().arrangement() + " "
          + ie.context().asAt(), IncomeExpenditureFill.footer(ie));
    }

    @Override
    public byte[] csv(ReportData data, Units units) {
      return IncomeExpenditureCsv.write((IncomeExpenditureReport) data, units);
    }
  };

  /** The performance report has no money: {@code units} does not apply. */
  private final Kind performance = new Kind() {
    @Override
    public JasperPrint pdf(ReportData data, boolean inPack, Units units) {
      return fill((PerformanceReport) data, inPack);
    }

    @Override
    public String title(ReportData data) {
      return "Performance, " + data.context().arrangement() + ", " + data.context().monthLabel();
    }

    @Override
    public byte[] xlsx(ReportData data, Units units) {
      return Exporters.xlsx(fill((PerformanceReport) data, false), "Performance " + data.context().arrangement() + " "
          + data.context().asAt());
    }

    @Override
    public byte[] csv(ReportData data, Units units) {
      return IndicatorsCsv.performance((PerformanceReport) data);
    }
  };

  private final Kind spendMapping = new Kind() {
    @Override
    public JasperPrint pdf(ReportData data, boolean inPack, Units units) {
      return fill((SpendMappingReport) data, inPack, false, units);
    }

    @Override
    public String title(ReportData data) {
      return SpendMappingFill.title(((SpendMappingReport) data).mapping());
    }

    @Override
    public byte[] xlsx(ReportData data, Units units) {
      SpendMappingReport sm = (SpendMappingReport) data;
      return Exporters.xlsx(fill(sm, false, true, units), "Mapping " + sm.context().arrangement() + " "
          + sm.mapping().year().label());
    }

    @Override
    public byte[] csv(ReportData data, Units units) {
      return IndicatorsCsv.mapping((SpendMappingReport) data);
    }
  };

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
}
