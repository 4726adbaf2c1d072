package org.carepool.report;

import java.io.ByteArrayOutputStream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/** A filled report to PDF or XLSX bytes. */
final class Exporters {

  private Exporters() {
  }

  static byte[] pdf(JasperPrint print, String title) {
    JRPdfExporter exporter = new JRPdfExporter();
    exporter.setExporterInput(new SimpleExporterInput(print));
    SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
    configuration.setMetadataTitle(title);
    configuration.setMetadataAuthor("carepool");
    configuration.setMetadataCreator("carepool");
    configuration.setDisplayMetadataTitle(true);
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
    JRXlsxExporter exporter = new JRXlsxExporter();
    exporter.setExporterInput(new SimpleExporterInput(print));
    SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
    configuration.setOnePagePerSheet(false);
    configuration.setSheetNames(new String[] {sheetName});
    configuration.setDetectCellType(true);
    configuration.setRemoveEmptySpaceBetweenRows(true);
    configuration.setRemoveEmptySpaceBetweenColumns(true);
    configuration.setWhitePageBackground(false);
    configuration.setIgnorePageMargins(true);
    configuration.setCollapseRowSpan(true);
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
