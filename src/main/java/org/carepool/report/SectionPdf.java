package org.carepool.report;

import java.util.List;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * A report rendered for a pack: its PDF, and the words on its pages as the filled report holds them.
 * The pack's glossary looks for abbreviations in those words; reading them back out of the PDF
 * instead cost seconds for a large board (PDFBox's text extraction of every page).
 */
record SectionPdf(byte[] pdf, String text) {

  static SectionPdf of(JasperPrint print, byte[] pdf) {
    StringBuilder text = new StringBuilder();
    print.getPages().forEach(page -> append(page.getElements(), text));
    return new SectionPdf(pdf, text.toString());
  }

  private static void append(List<JRPrintElement> elements, StringBuilder text) {
    for (JRPrintElement element : elements) {
      if (element instanceof JRPrintText printed && printed.getFullText() != null) {
        text.append(printed.getFullText()).append('\n');
      } else if (element instanceof JRPrintFrame frame) {
        append(frame.getElements(), text);
      }
    }
  }
}
