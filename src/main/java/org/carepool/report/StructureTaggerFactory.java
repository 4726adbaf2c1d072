package org.carepool.report;

import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.common.PdfTagger;
import net.sf.jasperreports.pdf.common.PdfTaggerFactory;

/**
 * Gives JasperReports' PDF exporter a {@link StructureTagger} for each tagged export. Public only
 * because JasperReports creates it by class name (the {@code net.sf.jasperreports.export.pdf.tagger
 * .factory} property, set on the exporter's context in {@link Exporters}); it keeps no state.
 */
public final class StructureTaggerFactory implements PdfTaggerFactory {

  /** Set to "true" on an export's context to tag each of its prints as a Part (a pack's sections). */
  static final String PARTS = "org.carepool.report.tag.parts";

  @Override
  public PdfTagger createTagger(JRPdfExporter exporter) {
    boolean parts = Boolean.parseBoolean(exporter.getJasperReportsContext().getProperty(PARTS));
    return new StructureTagger(parts ? exporter : null);
  }
}
