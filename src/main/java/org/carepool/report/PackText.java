package org.carepool.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text on the pack's own pages: widths, line wrapping and shrinking to fit, so that no title,
 * name or reason (which come from the data and can be any length) runs off a page or into a number.
 */
final class PackText {

  /** Lines that fitted, and the size they fitted at. */
  record Fitted(float size, List<String> lines) {}

  private PackText() {}

  static float width(PDFont font, float size, String text) {
    try {
      return font.getStringWidth(text) / 1000 * size;
    } catch (IOException e) {
      throw new ReportException("cannot measure '" + text + "': " + e.getMessage(), e);
    }
  }

  /**
   * The text in lines no wider than {@code width}: broken between words, and inside a word only
   * when the word alone is wider than a line. Characters the font cannot draw become '?'.
   */
  static List<String> wrap(PDFont font, float size, String text, float width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : printable(font, text).trim().split(" +")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (width(font, size, candidate) <= width) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (!line.isEmpty()) {
        lines.add(line.toString());
        line.setLength(0);
      }
      String rest = word;
      while (width(font, size, rest) > width && rest.length() > 1) {
        int cut = rest.length() - 1;
        while (cut > 1 && width(font, size, rest.substring(0, cut)) > width) {
          cut--;
        }
        lines.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      }
      line.append(rest);
    }
    if (!line.isEmpty() || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /**
   * The largest size from {@code max} down to {@code min} (in half points) at which the text
   * wraps into at most {@code maxLines}; at {@code min} the last line that fits ends in "…".
   */
  static Fitted fit(PDFont font, float max, float min, String text, float width, int maxLines) {
    for (float size = max; size >= min; size -= 0.5f) {
      List<String> lines = wrap(font, size, text, width);
      if (lines.size() <= maxLines) {
        return new Fitted(size, lines);
      }
    }
    return new Fitted(min, truncate(font, min, wrap(font, min, text, width), width, maxLines));
  }

  /** The first {@code maxLines} lines, the last of them ending in "…" when any were left out. */
  static List<String> truncate(PDFont font, float size, List<String> lines, float width, int maxLines) {
    if (lines.size() <= maxLines) {
      return lines;
    }
    List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
    String last = kept.get(maxLines - 1);
    while (!last.isEmpty() && width(font, size, last + " …") > width) {
      last = last.substring(0, last.length() - 1);
    }
    kept.set(maxLines - 1, last.stripTrailing() + " …");
    return kept;
  }

  static void show(PDPageContentStream s, PDFont font, float size, float x, float y, String text) throws IOException {
    s.beginText();
    s.setFont(font, size);
    s.newLineAtOffset(x, y);
    s.showText(printable(font, text));
    s.endText();
  }

  /** White space as plain spaces, and '?' for any character the font has no glyph for. */
  static String printable(PDFont font, String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      String ch = Character.isWhitespace(c) || Character.isISOControl(c) ? " " : Character.toString(c);
      out.append(encodable(font, ch) ? ch : "?");
    });
    return out.toString();
  }

  private static boolean encodable(PDFont font, String ch) {
    try {
      font.encode(ch);
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }
}
