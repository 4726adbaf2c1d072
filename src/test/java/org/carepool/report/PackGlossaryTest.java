package org.carepool.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The glossary lists the abbreviations the pack uses, and only those. */
class PackGlossaryTest {

  @Test
  void an_abbreviation_counts_only_as_a_whole_word() {
    assertEquals(List.of("D2A", "ICB", "s75"),
        List.copyOf(PackGlossary.used("Free text: D2A beds, the ICB's s75 pool; DFGS, NELSON, BCFX").keySet()));
  }

  @Test
  void a_whole_word_is_found_at_either_end_and_after_a_false_start() {
    assertTrue(PackGlossary.containsWord("BCF", "BCF"));
    assertTrue(PackGlossary.containsWord("KPI: on track", "KPI"));
    assertTrue(PackGlossary.containsWord("see the RAG", "RAG"));
    assertTrue(PackGlossary.containsWord("BCFX and XBCF, then BCF.", "BCF"));
    assertTrue(PackGlossary.containsWord("(A&E)", "A&E"));
    assertFalse(PackGlossary.containsWord("BCFX XBCF 2BCF BCF2", "BCF"));
    assertFalse(PackGlossary.containsWord("", "BCF"));
  }

  @Test
  void the_packs_glossary_page_follows_the_summary_and_explains_what_the_pack_uses() throws IOException {
    try (PDDocument pack = Loader.loadPDF(PackFixture.pack().pdf().content())) {
      int page = PackChecks.contentsPages(pack) + 3;
      String glossary = PackChecks.pageText(pack, page);
      assertTrue(glossary.startsWith("Glossary"), glossary);
      String all = PdfText.of(PackFixture.pack().pdf().content()).replace(glossary, "");
      for (String abbreviation : List.of("RAG", "KPI", "ICB", "DFG", "IRF", "BCF")) {
        boolean used = all.matches("(?s).*(?<![A-Za-z0-9])" + abbreviation + "(?![A-Za-z0-9]).*");
        assertEquals(used, glossary.contains(abbreviation + " "), abbreviation + " used: " + used + "\n" + glossary);
      }
      assertTrue(glossary.contains("RAG Red, amber, green"), glossary);
      assertFalse(glossary.contains("DFG"), "the fixture has no disabled facilities grant");
      for (String line : List.of("CCG — Test ICB: director of finance or s151 officer",
          "LA — Test Council: director of finance or s151 officer", "Pool manager")) {
        assertTrue(PackChecks.squeezed(glossary).contains(PackChecks.squeezed(line)), line + " not in\n" + glossary);
      }
      assertTrue(glossary.contains("s151 Section 151"), glossary);
    }
  }
}
