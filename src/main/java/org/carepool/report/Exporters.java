package org.carepool.report;

import java.io.ByteArrayOutputStream;
import java.util.List;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.ExporterInput;
import net.sf.jasperreports.export.ExporterInputItem;
import net.sf.jasperreports.export.ReportExportConfiguration;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.PdfReportConfiguration;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/** A filled report to PDF or XLSX bytes. */
final class Exporters {

  private Exporters() {
  }

  /** The language of every report's text, for screen readers (PDF/UA-1 §7.2). */
  static final String LANGUAGE = "en-GB";

  /**
   * JasperReports' settings with our tagger in place of its default, which refuses tagged export;
   * set on a context of the export's own, so nothing else in the JVM changes.
   */
  private static JasperReportsContext tagging(boolean parts) {
    SimpleJasperReportsContext context = new SimpleJasperReportsContext();
    context.setProperty(JRPdfExporter.PDF_TAGGER_FACTORY_PROPERTY, StructureTaggerFactory.class.getName());
    context.setProperty(StructureTaggerFactory.PARTS, Boolean.toString(parts));
    // Charts write their words as text in the embedded fonts, not as glyph outlines: a 40-arrangement
    // pack's charts were 5 MB of outline paths, and compressing them took a third of its export.
    context.setProperty(PdfReportConfiguration.PROPERTY_FORCE_SVG_SHAPES, "false");
    return context;
  }

  /**
   * A tagged PDF (structure tree by {@link StructureTagger}, language British English) with its
   * title shown in place of the file name: what PDF/UA-1 asks of every report a reader may open.
   */
  static byte[] pdf(JasperPrint print, String title) {
    return pdf(new SimpleExporterInput(print), title, false);
  }

  /**
   * A pack's sections, one after another in one tagged PDF, each print's structure a Part: one
   * export shares the fonts between sections (separate PDFs each embedded their own, and the pack
   * had to parse and merge them all again). The pack replaces its title and metadata.
   *
   * <p>The export asks for each section's print only when it reaches it, so sections still being
   * filled elsewhere are waited for one at a time while the earlier ones are written.
   */
  static byte[] packPdf(List<PackSection> sections) {
    List<ExporterInputItem> items = sections.stream().<ExporterInputItem>map(WhenFilled::new).toList();
    return pdf(() -> items, "Board pack", true);
  }

  /** A section's print as the exporter's input, waited for when the exporter first asks for it. */
  private record WhenFilled(PackSection section) implements ExporterInputItem {
    @Override
    public JasperPrint getJasperPrint() {
      return section.print().print();
    }

    @Override
    public ReportExportConfiguration getConfiguration() {
      return null;
    }
  }

  private static byte[] pdf(ExporterInput input, String title, boolean parts) {
    JRPdfExporter exporter = new JRPdfExporter(tagging(parts));
    exporter.setExporterInput(input);
    SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
    configuration.setMetadataTitle(title);
    configuration.setMetadataAuthor("carepool");
    configuration.setMetadataCreator("carepool");
    configuration.setDisplayMetadataTitle(true);
    configuration.setTagged(true);
    configuration.setTagLanguage(LANGUAGE);
    exporter.setConfiguration(configuration);
    return export(out -> {
      exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
      exporter.exportReport();
    });
  }

  /**
   * One sheet; money in numeric cells (text fields of {@code BigDecimal} with the {@code Money}
   * pattern, turned into an Excel number format); column widths from the templates' shared grid.
   */
  static byte[] xlsx(JasperPrint print, String sheetName) {
    return xlsx(print, sheetName, configuration(sheetName));
  }

  /**
   * As {@link #xlsx(JasperPrint, String)}, set up for paper as a finance reader prints a sheet:
   * half-inch margins, one page wide, {@code footer} (what the report rests on) on the left of
   * Excel's own page footer and "Page x of y" on the right, so nothing of the page sits in the cells.
   */
  static byte[] xlsx(JasperPrint print, String sheetName, String footer) {
    SimpleXlsxReportConfiguration configuration = configuration(sheetName);
    configuration.setPrintPageTopMargin(PRINT_MARGIN_PT);
    configuration.setPrintPageBottomMargin(PRINT_MARGIN_PT);
    configuration.setPrintPageLeftMargin(PRINT_MARGIN_PT);
    configuration.setPrintPageRightMargin(PRINT_MARGIN_PT);
    configuration.setPrintHeaderMargin(PRINT_MARGIN_PT / 2);
    configuration.setPrintFooterMargin(PRINT_MARGIN_PT / 2);
    configuration.setFitWidth(1);
    configuration.setFitHeight(0);
    configuration.setSheetFooterLeft(footer.replace("&", "&&"));
    configuration.setSheetFooterRight("Page &P of &N");
    configuration.setColumnWidthRatio(XLSX_WIDER);
    return xlsx(print, sheetName, configuration);
  }

  /**
   * Excel measures a column in widths of a Calibri digit and keeps a little padding, and the I&amp;E's
   * money columns are laid out for £000s (54 pt in the scheme table): in pounds and pence, (999,999,999.99)
   * in bold 8.5 pt DejaVu Sans would show "#####"; two fifths more room holds it.
   */
  private static final float XLSX_WIDER = 1.4f;

  /** Half an inch, in points (JasperReports writes print margins as points / 72 inches). */
  private static final int PRINT_MARGIN_PT = 36;

  private static SimpleXlsxReportConfiguration configuration(String sheetName) {
    SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
    configuration.setOnePagePerSheet(false);
    configuration.setSheetNames(new String[] {sheetName});
    configuration.setDetectCellType(true);
    configuration.setRemoveEmptySpaceBetweenRows(true);
    configuration.setRemoveEmptySpaceBetweenColumns(true);
    configuration.setWhitePageBackground(false);
    configuration.setIgnorePageMargins(true);
    configuration.setCollapseRowSpan(true);
    return configuration;
  }

  private static byte[] xlsx(JasperPrint print, String sheetName, SimpleXlsxReportConfiguration configuration) {
    JRXlsxExporter exporter = new JRXlsxExporter();
    exporter.setExporterInput(new SimpleExporterInput(print));
    exporter.setConfiguration(configuration);
    return export(out -> {
      exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
      exporter.exportReport();
    });
  }

  private interface Export {
    void to(ByteArrayOutputStream out) throws JRException;
  }

  private static byte[] export(Export export) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      export.to(out);
    } catch (JRException e) {
      throw new ReportException("export failed: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }
}
