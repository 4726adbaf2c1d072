package org.carepool.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What any board pack must get right, read back from the PDF as a reader's software sees it: each
 * check returns every problem it finds (empty when right), so a test fails once with the full list.
 */
public final class PackChecks {
  /** Anything that reads as a page number, however its glyphs run together or repeat (e.g. "Page31ofof12"). */
  private static final Pattern PAGE_NUMBER = Pattern.compile("Page\\s*\\d+(\\s*of)+\\s*\\d+");
  private static final Pattern PAGE_WORD = Pattern.compile("\\bPage\\b");
  private static final String NOT_PRODUCED = " (not produced)";

  private PackChecks() {}

  /** One glyph as drawn: its text, left edge and width in points. */
  public record Glyph(String text, float x, float width) {}

  public static String pageText(PDDocument pdf, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(pdf);
  }

  public static String squeezed(String text) {
    return text.replaceAll("\\s+", "");
  }

  /** Every page's text holds exactly one page number, "Page x of y" with its place x and the pack's total y. */
  public static List<String> pageNumberProblems(PDDocument pack) throws IOException {
    int total = pack.getNumberOfPages();
    List<String> problems = new ArrayList<>();
    for (int page = 1; page <= total; page++) {
      String text = pageText(pack, page);
      List<String> numbers = all(PAGE_NUMBER.matcher(text));
      long words = PAGE_WORD.matcher(text).results().count();
      String expected = "Page " + page + " of " + total;
      if (!numbers.equals(List.of(expected)) || words != 1) {
        problems.add("page " + page + ": expected only '" + expected + "', found " + numbers + " and " + words
            + " × 'Page'");
      }
    }
    return problems;
  }

  /**
   * Every bookmark's target page is the number the contents give for its title, and that page
   * shows the section (the last two words of its title, e.g. the arrangement's name).
   */
  public static List<String> bookmarkProblems(PDDocument pack) throws IOException {
    return bookmarkProblems(pack, true);
  }

  /** Every bookmark's target page is the number the contents give for its title. */
  public static List<String> bookmarkNumberProblems(PDDocument pack) throws IOException {
    return bookmarkProblems(pack, false);
  }

  private static List<String> bookmarkProblems(PDDocument pack, boolean shows) throws IOException {
    String contents = squeezed(contentsText(pack));
    List<String> problems = new ArrayList<>();
    if (pack.getDocumentCatalog().getDocumentOutline() == null) {
      return List.of("no bookmarks");
    }
    for (PDOutlineItem parent : pack.getDocumentCatalog().getDocumentOutline().children()) {
      if (parent.hasChildren() && page(parent) != page(parent.getFirstChild())) {
        problems.add("'" + parent.getTitle() + "' goes to page " + page(parent) + ", its first report starts on "
            + page(parent.getFirstChild()));
      }
    }
    for (Map.Entry<String, Integer> bookmark : sectionBookmarks(pack).entrySet()) {
      String title = bookmark.getKey().replace(NOT_PRODUCED, "");
      int target = bookmark.getValue();
      Matcher listed = Pattern.compile(Pattern.quote(squeezed(title)) + "(\\d+)").matcher(contents);
      if (!listed.find()) {
        problems.add("'" + title + "' is not in the contents with a page number");
      } else if (Integer.parseInt(listed.group(1)) != target) {
        problems.add("'" + title + "': contents say page " + listed.group(1) + ", bookmark goes to " + target);
      }
      String[] words = title.split(" ");
      String name = words.length < 2 ? words[0] : words[words.length - 2] + words[words.length - 1];
      if (shows && !squeezed(pageText(pack, target)).contains(name)) {
        problems.add("'" + title + "': page " + target + " does not show '" + name + "'");
      }
    }
    return problems;
  }

  /**
   * Each section's bookmark and its page, titled as in the contents: a report nested under its
   * arrangement reads "report, arrangement" (" (not produced)" kept at the end).
   */
  public static Map<String, Integer> sectionBookmarks(PDDocument pack) throws IOException {
    Map<String, Integer> bookmarks = new LinkedHashMap<>();
    for (PDOutlineItem item : pack.getDocumentCatalog().getDocumentOutline().children()) {
      if (!item.hasChildren()) {
        bookmarks.put(item.getTitle(), page(item));
        continue;
      }
      for (PDOutlineItem child : item.children()) {
        boolean note = child.getTitle().endsWith(NOT_PRODUCED);
        bookmarks.put(child.getTitle().replace(NOT_PRODUCED, "") + ", " + item.getTitle() + (note ? NOT_PRODUCED : ""),
            page(child));
      }
    }
    return bookmarks;
  }

  private static int page(PDOutlineItem item) throws IOException {
    return ((PDPageDestination) item.getDestination()).retrievePageNumber() + 1;
  }

  /** The text of the contents pages (those headed "Contents"), in order. */
  public static String contentsText(PDDocument pack) throws IOException {
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= pack.getNumberOfPages(); page++) {
      String t = pageText(pack, page);
      if (t.startsWith("Contents")) {
        text.append(t.substring(t.indexOf('\n') + 1));
      }
    }
    return text.toString();
  }

  public static int contentsPages(PDDocument pack) throws IOException {
    int pages = 0;
    for (int page = 1; page <= pack.getNumberOfPages(); page++) {
      pages += pageText(pack, page).startsWith("Contents") ? 1 : 0;
    }
    return pages;
  }

  /** Every font used on any page (and in the forms it draws) is embedded in the file. */
  public static List<String> fontProblems(PDDocument pack) throws IOException {
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < pack.getNumberOfPages(); i++) {
      fonts(pack.getPage(i).getResources(), "page " + (i + 1), problems);
    }
    return problems;
  }

  private static void fonts(PDResources resources, String where, List<String> problems) throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      if (font == null || !font.isEmbedded()) {
        problems.add(where + ": font " + (font == null ? name.getName() : font.getName()) + " is not embedded");
      }
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDFormXObject form) {
        fonts(form.getResources(), where, problems);
      }
    }
  }

  /** The glyphs of a page as drawn, with their positions. */
  public static List<Glyph> glyphs(PDDocument pdf, int page) throws IOException {
    List<Glyph> glyphs = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void processTextPosition(TextPosition text) {
        glyphs.add(new Glyph(text.getUnicode(), text.getXDirAdj(), text.getWidthDirAdj()));
      }
    };
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.getText(pdf);
    return glyphs;
  }

  /** Glyphs of the page that reach outside {@code from}…{@code to} points from the left edge. */
  public static List<String> outside(PDDocument pdf, int page, float from, float to) throws IOException {
    PDPage p = pdf.getPage(page - 1);
    List<String> problems = new ArrayList<>();
    for (Glyph g : glyphs(pdf, page)) {
      if (g.x() < from - 0.5f || g.x() + g.width() > to + 0.5f) {
        problems.add("page " + page + ": '" + g.text() + "' at " + g.x() + "–" + (g.x() + g.width())
            + " outside " + from + "–" + to + " of " + p.getMediaBox().getWidth());
      }
    }
    return problems;
  }

  private static List<String> all(Matcher m) {
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }
}
