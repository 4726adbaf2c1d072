package org.carepool.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a file could not be read to its end, as a problem at the line where it stopped: bytes that
 * are not UTF-8 (most often a spreadsheet saved as Windows-1252 "CSV"), or broken RFC 4180 quoting.
 * The CSV library's own messages carry the line; they are turned into words an analyst can act on.
 */
final class ReadFailure {
  private static final Pattern UNCLOSED = Pattern.compile("\\(startline ([\\d,]+)\\) EOF reached before encapsulated");
  private static final Pattern AFTER_QUOTE = Pattern.compile("between encapsulated token and delimiter at line: ([\\d,]+)");
  private static final String SAVE_AS = "save the file as \"CSV UTF-8 (Comma delimited)\" (Excel) or as UTF-8 text,"
      + " and load it again";

  /** What a UTF-16 file is told, whether its first bytes say so or its header is full of NULs. */
  static final String UTF_16 = "the file is UTF-16 text (Excel's \"Unicode Text\"), not UTF-8; " + SAVE_AS;

  /** A UTF-8 byte-order mark read as ISO-8859-1. */
  private static final String BOM = "\u00EF\u00BB\u00BF";

  private final ImportInput input;
  private final ProblemLog problems;

  ReadFailure(ImportInput input, ProblemLog problems) {
    this.input = input;
    this.problems = problems;
  }

  /** Records the problem; {@code line} is where the reader had got to. */
  void report(Throwable cause, long line) {
    if (CsvSource.isEncoding(cause)) {
      notUtf8(line);
      return;
    }
    String message = cause == null || cause.getMessage() == null ? String.valueOf(cause) : cause.getMessage();
    Matcher unclosed = UNCLOSED.matcher(message);
    Matcher afterQuote = AFTER_QUOTE.matcher(message);
    if (unclosed.find()) {
      problems.add(input.name(), number(unclosed.group(1)), "", "", "a quoted value that starts on this line is never"
          + " closed: a closing \" is missing (a \" inside a value is written twice: \"\")");
    } else if (afterQuote.find()) {
      problems.add(input.name(), number(afterQuote.group(1)), "", "", "text after the closing quote of a value: a value"
          + " that starts with \" must end with \" just before the next comma (a \" inside it is written twice: \"\")");
    } else {
      problems.add(input.name(), line, "", "", "cannot read the file as CSV: " + message);
    }
  }

  private void notUtf8(long line) {
    String kind = wholeFileKind();
    if (kind != null) {
      problems.add(input.name(), 1, "", "", kind);
      return;
    }
    Utf8Check.BadBytes bad;
    try (InputStream in = input.open()) {
      bad = Utf8Check.firstBad(in);
    } catch (IOException e) {
      bad = null;
    }
    if (bad == null) {
      problems.add(input.name(), line, "", "", "bytes that are not UTF-8; " + SAVE_AS);
      return;
    }
    String hex = Utf8Check.hex(bad.bytes());
    String windows = new String(bad.bytes(), Charset.forName("windows-1252"));
    problems.add(input.name(), bad.line(), column(bad), hex, "bytes " + hex + " are not UTF-8 (in Windows-1252 they"
        + " read \"" + windows + "\": the file looks saved as Windows-1252, Excel's plain \"CSV\"); " + SAVE_AS);
  }

  /**
   * What the file is when it is not text in a single-byte encoding at all: a zip (an .xlsx workbook, a
   * zipped folder) or UTF-16 (Excel's "Unicode Text"), told by its first bytes; null otherwise. Calling
   * those "Windows-1252" would send the analyst the wrong way.
   */
  private String wholeFileKind() {
    byte[] start;
    try (InputStream in = input.open()) {
      start = in.readNBytes(64);
    } catch (IOException e) {
      return null;
    }
    if (start.length >= 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4) {
      return "the file is a zip archive (an Excel workbook, .xlsx, or a zipped folder), not CSV text: open it in"
          + " Excel and " + SAVE_AS;
    }
    boolean utf16Mark = start.length >= 2 && ((start[0] == (byte) 0xFF && start[1] == (byte) 0xFE)
        || (start[0] == (byte) 0xFE && start[1] == (byte) 0xFF));
    long nuls = java.util.stream.IntStream.range(0, start.length).filter(i -> start[i] == 0).count();
    if (utf16Mark || nuls * 4 >= start.length && start.length > 0) {
      return UTF_16;
    }
    return null;
  }

  /**
   * The column of the bad bytes, named from the file's first line (read as plain bytes: the reader
   * may have failed before it got the header, as it decodes ahead of the parser).
   */
  private String column(Utf8Check.BadBytes bad) {
    if (bad.record() == 0) {
      return "";
    }
    try (InputStream in = input.open()) {
      String first = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1)).readLine();
      String header = first == null ? "" : first.startsWith(BOM) ? first.substring(BOM.length()) : first;
      String[] names = header.split(",", -1);
      return bad.field() < names.length ? names[bad.field()].replace("\"", "").strip() : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static long number(String digits) {
    return Long.parseLong(digits.replace(",", ""));
  }
}
