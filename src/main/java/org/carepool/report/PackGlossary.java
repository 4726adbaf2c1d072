package org.carepool.report;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The glossary and sign-off page: the abbreviations a board member meets in the pack, each only when the pack's
 * text uses it (found as a whole word in the cover, summary and every section's text).
 */
final class PackGlossary {
  static final String TITLE = "Glossary and sign-off";
  private static final Map<String, String> KNOWN = known();

  private PackGlossary() {}

  /** The abbreviations that appear in {@code text}, in alphabetical order, with their meanings. */
  static Map<String, String> used(String text) {
    Map<String, String> used = new LinkedHashMap<>();
    KNOWN.forEach((abbreviation, meaning) -> {
      if (containsWord(text, abbreviation)) {
        used.put(abbreviation, meaning);
      }
    });
    return used;
  }

  /**
   * Whether {@code word} occurs in {@code text} with no letter or digit either side. A plain search rather
   * than a pattern: a 170-page pack's text is megabytes, and a look-behind pattern per abbreviation took a
   * sixth of the pack's time.
   */
  static boolean containsWord(String text, String word) {
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      int end = at + word.length();
      if ((at == 0 || !isAsciiLetterOrDigit(text.charAt(at - 1)))
          && (end == text.length() || !isAsciiLetterOrDigit(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /** The glossary, then a sign-off line for each partner's finance director or s151 officer and the pool manager. */
  static void draw(PackPages pages, Map<String, String> used, List<PackSummary.Partner> partners) throws IOException {
    PDPage page = pages.addPage();
    float width = PackPages.textWidth(page);
    float term = 60;
    try (PDPageContentStream s = pages.draw(page)) {
      float y = PackPages.lines(s, pages.bold, 18, PackPages.NAVY, page.getMediaBox().getHeight() - 90,
          List.of(TITLE), 30);
      y = PackPages.lines(s, pages.bold, 11, PackPages.NAVY, y, List.of("GLOSSARY"), 18);
      for (Map.Entry<String, String> entry : used.entrySet()) {
        PackPages.linesAt(s, pages.bold, 10, PackPages.INK, PackPages.MARGIN, y, List.of(entry.getKey()), 14);
        y = PackPages.linesAt(s, pages.regular, 10, PackPages.INK, PackPages.MARGIN + term, y,
            PackText.wrap(pages.regular, 10, entry.getValue(), width - term), 14) - 4;
      }
      signOff(pages, s, y - 20, width, partners);
    }
  }

  private static void signOff(PackPages pages, PDPageContentStream s, float y, float width,
      List<PackSummary.Partner> partners) throws IOException {
    y = PackPages.lines(s, pages.bold, 11, PackPages.NAVY, y, List.of("SIGN-OFF"), 18);
    y = PackPages.lines(s, pages.regular, 9, PackPages.GREY, y, PackText.wrap(pages.regular, 9, "Agreed as a fair "
        + "statement of the pooled budgets' position by:", width), 12) - 10;
    List<String> signatories = new java.util.ArrayList<>();
    partners.forEach(p -> signatories.add(p.name() + ": director of finance or s151 officer"));
    signatories.add("Pool manager");
    for (String who : signatories) {
      if (y < 90) {
        return;
      }
      PackPages.lines(s, pages.regular, 9.5f, PackPages.INK, y, PackText.truncate(pages.regular, 9.5f,
          PackText.wrap(pages.regular, 9.5f, who, width * 0.45f), width * 0.45f, 2), 12);
      s.setStrokingColor(PackPages.GREY);
      s.setLineWidth(0.5f);
      s.moveTo(PackPages.MARGIN + width * 0.48f, y - 2);
      s.lineTo(PackPages.MARGIN + width * 0.80f, y - 2);
      s.moveTo(PackPages.MARGIN + width * 0.84f, y - 2);
      s.lineTo(PackPages.MARGIN + width, y - 2);
      s.stroke();
      s.setNonStrokingColor(PackPages.GREY);
      PackText.show(s, pages.regular, 7.5f, PackPages.MARGIN + width * 0.48f, y - 11, "Signature");
      PackText.show(s, pages.regular, 7.5f, PackPages.MARGIN + width * 0.84f, y - 11, "Date");
      y -= 30;
    }
  }

  private static Map<String, String> known() {
    Map<String, String> known = new LinkedHashMap<>();
    known.put("A&E", "Accident and emergency");
    known.put("BCF", "Better Care Fund: pooled NHS and council money for joined-up care in England");
    known.put("CCG", "Clinical commissioning group (replaced by ICBs in July 2022)");
    known.put("D2A", "Discharge to assess: assessing long-term needs after a patient leaves hospital");
    known.put("DFG", "Disabled facilities grant: adaptations to the homes of disabled people");
    known.put("I&E", "Income and expenditure");
    known.put("ICB", "Integrated care board: the NHS body that commissions care for an area");
    known.put("IJB", "Integration joint board (Scotland)");
    known.put("IRF", "Integrated Resource Framework (Scotland)");
    known.put("KPI", "Key performance indicator");
    known.put("NEL", "Non-elective (emergency) hospital admissions");
    known.put("NHS", "National Health Service");
    known.put("RAG", "Red, amber, green: a rating of how far a figure is from its plan");
    known.put("s75", "Section 75 of the NHS Act 2006: the power to pool NHS and council budgets");
    known.put("s151", "Section 151 of the Local Government Act 1972: the council's chief finance officer");
    known.put("SCR", "Summary Care Record");
    known.put("VCS", "Voluntary and community sector");
    known.put("£000", "Thousands of pounds");
    return known;
  }
}
