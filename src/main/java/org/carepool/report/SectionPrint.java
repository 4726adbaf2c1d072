package org.carepool.report;

import java.util.List;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * A report filled for a pack, not yet exported: the pack exports every section's print in one PDF
 * export ({@link Exporters#packPdf}), so the sections share their fonts and the pack is not made
 * by parsing each section's PDF again. Also the words on its pages as the filled report holds them:
 * the pack's glossary looks for abbreviations in those words.
 *
 * @param title the report's own title (as its PDF would carry)
 */
record SectionPrint(JasperPrint print, String title, String text) {

  static SectionPrint of(JasperPrint print, String title) {
    StringBuilder text = new StringBuilder();
    print.getPages().forEach(page -> append(page.getElements(), text));
    return new SectionPrint(print, title, text.toString());
  }

  /** How many pages the section takes in the pack. */
  int pages() {
    return print.getPages().size();
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
