package org.carepool.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.carepool.finance.IncomeExpenditure;
import org.carepool.finance.IncomeExpenditureService;
import org.carepool.report.Format;
import org.carepool.report.PackChecks;
import org.carepool.report.PdfUa;
import org.carepool.report.ReportId;
import org.carepool.report.ReportRequest;
import org.carepool.report.ReportService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * veraPDF's PDF/UA-1 check over the demo board's pack of every report and an ad-hoc income and
 * expenditure PDF: every failed rule is written to {@code target/pdfua/}, and only the rules listed
 * (and explained in docs/accessibility.md) may fail, so any new failure fails the build. Here,
 * beside the schedule tests, because it reuses the demo store they load.
 */
class PdfAccessibilityTest {

  /** Rules still failing, each with why; docs/accessibility.md says more. */
  static final Map<String, String> ALLOWED = Map.of();

  private static byte[] pack;
  private static byte[] incomeExpenditure;
  private static YearMonth month;

  @TempDir
  static Path work;

  @BeforeAll
  static void render() {
    ReportService reports = PackStore.delivery(PackStore.demo(), work, 25).reports();
    month = YearMonth.now(ZoneId.of("Europe/London")).minusMonths(1);
    pack = reports.pack(reports.boardPack("HWB", month, List.of(ReportId.values()), false)).pdf().content();
    incomeExpenditure = reports.render(ReportRequest.forArrangement(ReportId.INCOME_EXPENDITURE, "BCF", month,
        Format.PDF)).content();
  }

  @Test
  void the_board_pack_fails_no_pdf_ua_rule_beyond_those_documented() {
    List<PdfUa.Failure> failures = PdfUa.failures(pack);
    PdfUa.keep(Path.of("target/pdfua/board-pack.pdf"), pack);
    PdfUa.write(Path.of("target/pdfua/board-pack.txt"), "PDF/UA-1 rules failed by the demo board pack (HWB)",
        failures);
    assertEquals(Set.of(), outsideAllowed(failures), "new PDF/UA-1 failures (see target/pdfua/board-pack.txt)");
  }

  @Test
  void an_income_and_expenditure_pdf_passes_pdf_ua_with_alt_text_on_its_charts() throws Exception {
    List<PdfUa.Failure> failures = PdfUa.failures(incomeExpenditure);
    PdfUa.write(Path.of("target/pdfua/income-expenditure.txt"), "PDF/UA-1 rules failed by the BCF I&E", failures);
    assertEquals(List.of(), failures);
    List<String> alts = figureAlts(incomeExpenditure);
    assertEquals(2, alts.size(), "the variance chart and the waterfall: " + alts);
    List<IncomeExpenditure.Scheme> schemes = new IncomeExpenditureService(PackStore.demo().dsl())
        .statement("BCF", month).figures().schemes();
    for (IncomeExpenditure.Scheme scheme : schemes) {
      assertTrue(alts.get(0).contains(scheme.code() + " " + scheme.name() + ": "), scheme.code() + " in " + alts.get(0));
    }
    assertEquals(schemes.size(), alts.get(0).split("overspend|underspend").length - 1, alts.get(0));
    assertTrue(alts.get(1).startsWith("Waterfall chart"), alts.get(1));
  }

  /** Every Figure's Alt text, in the order of the structure tree. */
  private static List<String> figureAlts(byte[] pdf) throws Exception {
    List<String> alts = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      collectAlts(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), alts);
    }
    return alts;
  }

  private static void collectAlts(List<Object> kids, List<String> alts) {
    for (Object kid : kids) {
      if (kid instanceof PDStructureElement element) {
        if ("Figure".equals(element.getStructureType())) {
          alts.add(element.getAlternateDescription());
        }
        collectAlts(element.getKids(), alts);
      }
    }
  }

  /** The check can fail: the pack without its language, and without its pdfuaid mark, is caught. */
  @Test
  void the_check_catches_a_pack_without_its_language_or_pdf_ua_identification() throws Exception {
    byte[] unnamed;
    try (PDDocument doc = Loader.loadPDF(pack)) {
      doc.getDocumentCatalog().getCOSObject().removeItem(COSName.LANG);
      doc.getDocumentCatalog().getCOSObject().removeItem(COSName.METADATA);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      unnamed = out.toByteArray();
    }
    Set<String> newFailures = outsideAllowed(PdfUa.failures(unnamed));
    // 7.2-34: no natural language for the text; 7.1-8: no XMP metadata (with its dc:title and pdfuaid:part)
    assertTrue(newFailures.containsAll(Set.of("7.2-34", "7.1-8")), "caught: " + newFailures);
  }

  /**
   * One structure tree for the whole pack: a Document whose kids follow the pages, a Sect for each
   * page the pack drew and a Part for each report section produced; marked, in British English,
   * titled in its XMP as in its information.
   */
  @Test
  void the_pack_keeps_every_section_under_one_document_root() throws Exception {
    try (PDDocument doc = Loader.loadPDF(pack)) {
      PDDocumentCatalog catalog = doc.getDocumentCatalog();
      assertTrue(catalog.getMarkInfo().isMarked());
      assertEquals("en-GB", catalog.getLanguage());
      assertTrue(catalog.getViewerPreferences().displayDocTitle());
      List<Object> top = catalog.getStructureTreeRoot().getKids();
      assertEquals(1, top.size());
      PDStructureElement document = (PDStructureElement) top.get(0);
      assertEquals("Document", document.getStructureType());
      List<String> kinds = document.getKids().stream().map(k -> ((PDStructureElement) k).getStructureType()).toList();
      assertEquals(expectedKids(doc), kinds);
      String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertTrue(xmp.contains(doc.getDocumentInformation().getTitle()), xmp);
      assertTrue(xmp.matches("(?s).*pdfuaid:part(=\"1\"|>1</pdfuaid:part>).*"), xmp);
    }
  }

  /** A Sect for the cover, each contents page, the summary and the glossary; then a Part per report, a Sect per note. */
  private static List<String> expectedKids(PDDocument doc) throws Exception {
    List<String> kids = new ArrayList<>(Collections.nCopies(3 + PackChecks.contentsPages(doc), "Sect"));
    List<String> reports = new ArrayList<>(PackChecks.sectionBookmarks(doc).keySet());
    reports.remove("Board summary");
    reports.remove("Glossary and sign-off");
    reports.forEach(r -> kids.add(r.endsWith("(not produced)") ? "Sect" : "Part"));
    return kids;
  }

  private static Set<String> outsideAllowed(List<PdfUa.Failure> failures) {
    Set<String> outside = new TreeSet<>(PdfUa.rules(failures));
    outside.removeAll(ALLOWED.keySet());
    return outside;
  }
}
