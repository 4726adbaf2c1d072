package org.carepool.report;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintImage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.export.PdfConstants;
import net.sf.jasperreports.engine.util.StyledTextListWriter;
import net.sf.jasperreports.export.AccessibilityUtil;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.common.PdfProducer;
import net.sf.jasperreports.pdf.common.PdfStructure;
import net.sf.jasperreports.pdf.common.PdfStructureEntry;
import net.sf.jasperreports.pdf.common.PdfTagger;

/**
 * Writes a report's structure tree as JasperReports exports it: a Document element holding a P for
 * every paragraph, a Figure (with the element's tooltip as its Alt text) for every chart or image,
 * H1-H3 for elements carrying {@code net.sf.jasperreports.export.accessibility.tag}, and
 * Table/TR/TH/TD for elements carrying JasperReports' {@code net.sf.jasperreports.export.pdf.tag.*}
 * properties ({@code start}, {@code end} or {@code full}). Lines, rectangles and frame borders are
 * marked as artifacts by the exporter itself.
 *
 * <p>Why our own: jasperreports-pdf 7.0.8 ships only the extension point ({@link PdfTagger}) and a
 * default that refuses tagged export, while the structure calls it needs
 * ({@link PdfStructure}: OpenPDF's marked content and structure elements) all work with the stock
 * OpenPDF 1.3.43. Links inside report text stay untagged (they need Jaspersoft's patched OpenPDF),
 * and our reports have none.
 *
 * <p>A pack's sections are exported together, one print after another ({@link Exporters#packPdf}):
 * then each print's elements go in a Part of their own under the Document, which the pack's
 * structure ({@link PackStructure}) places among its own pages.
 */
final class StructureTagger implements PdfTagger {

  private static final List<String> HEADINGS = List.of("h1", "h2", "h3");

  private PdfStructure structure;
  private String language;
  private final Deque<PdfStructureEntry> open = new ArrayDeque<>();
  private final Deque<String> openNames = new ArrayDeque<>();
  /** The exporter whose prints each get a Part, or null for a single report's export. */
  private final JRPdfExporter parts;
  private JasperPrint partPrint;
  private int partPagesLeft;

  /** @param parts the exporter of a pack's sections (a Part per print), or null */
  StructureTagger(JRPdfExporter parts) {
    this.parts = parts;
  }

  @Override
  public void setLanguage(String language) {
    this.language = language;
  }

  @Override
  public void setPdfProducer(PdfProducer producer) {
    this.structure = producer.getPdfStructure();
  }

  @Override
  public void init() {
    open.push(structure.createDocumentTag(language));
    openNames.push("Document");
  }

  /**
   * Structure elements run on across pages (a table split by a page break stays one table), except
   * that a pack's next print starts a Part of its own. The same print may come twice in a row (a
   * test pack repeats one report), so its pages are counted.
   */
  @Override
  public void startPage() {
    if (parts == null) {
      return;
    }
    JasperPrint print = parts.getCurrentJasperPrint();
    if (print != partPrint || partPagesLeft == 0) {
      while (open.size() > 1) {
        pop();
      }
      push("Part");
      partPrint = print;
      partPagesLeft = print.getPages().size();
    }
    partPagesLeft--;
  }

  @Override
  public void endPage() {
    // as startPage
  }

  @Override
  public void startElement(JRPrintElement element) {
    if (!element.hasProperties()) {
      return;
    }
    openIf(element, PdfConstants.PROPERTY_TAG_TABLE, "Table");
    openIf(element, PdfConstants.PROPERTY_TAG_TR, "TR");
    openIf(element, PdfConstants.PROPERTY_TAG_TH, "TH");
    openIf(element, PdfConstants.PROPERTY_TAG_TD, "TD");
    String heading = element.getPropertiesMap().getProperty(AccessibilityUtil.PROPERTY_ACCESSIBILITY_TAG);
    if (heading != null && HEADINGS.contains(heading)) {
      push(heading.toUpperCase(Locale.ROOT));
    }
  }

  @Override
  public void endElement(JRPrintElement element) {
    if (!element.hasProperties()) {
      return;
    }
    String heading = element.getPropertiesMap().getProperty(AccessibilityUtil.PROPERTY_ACCESSIBILITY_TAG);
    if (heading != null && HEADINGS.contains(heading)) {
      pop();
    }
    closeIf(element, PdfConstants.PROPERTY_TAG_TD);
    closeIf(element, PdfConstants.PROPERTY_TAG_TH);
    closeIf(element, PdfConstants.PROPERTY_TAG_TR);
    closeIf(element, PdfConstants.PROPERTY_TAG_TABLE);
  }

  private void openIf(JRPrintElement element, String property, String tag) {
    String value = element.getPropertiesMap().getProperty(property);
    if (PdfConstants.TAG_START.equals(value) || PdfConstants.TAG_FULL.equals(value)) {
      push(tag);
    }
  }

  private void closeIf(JRPrintElement element, String property) {
    String value = element.getPropertiesMap().getProperty(property);
    if (PdfConstants.TAG_END.equals(value) || PdfConstants.TAG_FULL.equals(value)) {
      pop();
    }
  }

  private void push(String tag) {
    PdfStructureEntry entry = structure.createTag(open.peek(), tag);
    entry.putArray("K");
    open.push(entry);
    openNames.push(tag);
  }

  /** Never closes the Document: a template's stray "end" must not leave text outside the tree. */
  private void pop() {
    if (open.size() > 1) {
      open.pop();
      openNames.pop();
    }
  }

  @Override
  public void beginArtifact() {
    structure.beginArtifact();
  }

  @Override
  public void endArtifact() {
    structure.endArtifact();
  }

  @Override
  public void startImage(JRPrintImage image, float left, float bottom, float right, float top) {
    PdfStructureEntry figure = structure.beginTag(open.peek(), "Figure");
    if (image.getHyperlinkTooltip() != null) {
      figure.putString("Alt", image.getHyperlinkTooltip());
    }
    figure.setBBox(left, bottom, right, top);
  }

  @Override
  public void endImage() {
    structure.endTag();
  }

  @Override
  public void startText(JRPrintText text) {
    structure.beginTag(open.peek(), paragraphTag());
  }

  @Override
  public void startText(JRPrintText text, String actualText) {
    structure.beginTag(open.peek(), paragraphTag(), actualText);
  }

  /** A heading's or a table cell's text is its content, not a paragraph nested in it. */
  private String paragraphTag() {
    String parent = openNames.peek();
    return parent.startsWith("H") || parent.equals("TH") || parent.equals("TD") ? "Span" : "P";
  }

  @Override
  public void endText() {
    structure.endTag();
  }

  @Override
  public boolean isFirstLinkParagraph() {
    return false;
  }

  @Override
  public PdfStructureEntry getCurrentLinkTag() {
    return null;
  }

  @Override
  public StyledTextListWriter getListWriter() {
    return null;
  }
}
