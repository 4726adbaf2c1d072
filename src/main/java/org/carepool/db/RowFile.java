package org.carepool.db;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Iterator;

/**
 * A temporary file of already validated rows in one normalized text form, for Derby to read back
 * through {@link RowFileFunction}: one line per row, values tab-separated in field order,
 * {@code \N} for null, and backslash escapes for tab, newline, carriage return and backslash.
 * Values are written in the ISO text Derby parses (a timestamp with a blank, not a 'T').
 */
final class RowFile {
  static final String NULL = "\\N";

  private RowFile() {}

  /** Writes every row to a new temporary file; returns its path and the number of rows. */
  static Written write(Iterator<Object[]> rows) {
    Writer writer = new Writer();
    try {
      while (rows.hasNext()) {
        writer.add(rows.next());
      }
      return writer.finish();
    } catch (RuntimeException e) {
      writer.finish().close();
      throw e;
    }
  }

  /** A row file being written, one row at a time; {@link #finish} it, then close what it returns. */
  static final class Writer {
    private final Path file;
    private final BufferedWriter out;
    private long rows;

    Writer() {
      try {
        file = Files.createTempFile("carepool-rows", ".tsv");
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create a temporary row file", e);
      }
    }

    void add(Object[] values) {
      try {
        writeRow(out, values);
        rows++;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the temporary row file " + file, e);
      }
    }

    /** Closes the file for writing (idempotent); the caller deletes it by closing the result. */
    Written finish() {
      try {
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the temporary row file " + file, e);
      }
      return new Written(file, rows);
    }
  }

  /** A written row file; delete it once Derby has read it. */
  record Written(Path file, long rows) implements AutoCloseable {
    @Override
    public void close() {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete the temporary row file " + file, e);
      }
    }
  }

  private static void writeRow(BufferedWriter out, Object[] values) throws IOException {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.write('\t');
      }
      Object value = values[i];
      if (value == null) {
        out.write(NULL);
      } else {
        writeEscaped(out, text(value));
      }
    }
    out.write('\n');
  }

  /** A value in the text form Derby parses back. */
  static String text(Object value) {
    if (value instanceof LocalDateTime time) {
      return time.toLocalDate() + " " + time.toLocalTime();
    }
    return value.toString();
  }

  private static void writeEscaped(BufferedWriter out, String text) throws IOException {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\t' -> out.write("\\t");
        case '\n' -> out.write("\\n");
        case '\r' -> out.write("\\r");
        case '\\' -> out.write("\\\\");
        default -> out.write(c);
      }
    }
  }

  /**
   * Splits one line back into its values ({@code null} for {@code \N}), undoing the escapes;
   * columns beyond the line's values are null.
   */
  static String[] split(String line, int columns) {
    String[] values = new String[columns];
    int start = 0;
    for (int i = 0; i < columns && start <= line.length(); i++) {
      int tab = line.indexOf('\t', start);
      int end = tab < 0 ? line.length() : tab;
      values[i] = unescape(line, start, end);
      start = end + 1;
    }
    return values;
  }

  private static String unescape(String line, int start, int end) {
    if (end - start == 2 && line.startsWith(NULL, start)) {
      return null;
    }
    int slash = line.indexOf('\\', start);
    if (slash < 0 || slash >= end) {
      return line.substring(start, end);
    }
    StringBuilder text = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < end) {
        char next = line.charAt(++i);
        text.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }
}
