package org.carepool.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one import file: RFC 4180, UTF-8 (a byte-order mark tolerated), header checked against
 * the file's columns, each data row handed over as a {@link Row} carrying its physical start line.
 */
final class CsvSource {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

  /** Handed each data row of a file whose header is right. */
  interface RowHandler {
    void row(Row row);
  }

  private final ImportInput input;
  private final FileKind kind;

  CsvSource(ImportInput input, FileKind kind) {
    this.input = input;
    this.kind = kind;
  }

  String name() {
    return input.name();
  }

  /**
   * Reads the whole file, checking the header and the shape of each row and handing each
   * well-shaped row to {@code handler}; returns the number of data rows.
   */
  long read(ProblemLog problems, RowHandler handler, ImportProgress progress) {
    try (Reader reader = reader(); CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        problems.add(name(), 1, "", "", "empty file: expected a header row " + String.join(",", kind.columns));
        return 0;
      }
      Map<String, Integer> index = new Header(kind, name(), problems).check(records.next());
      if (index == null) {
        return 0;
      }
      return rows(parser, records, new Row(name(), index, problems), handler, progress);
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      problems.add(name(), 0, "", "", "cannot read the file as UTF-8 CSV: " + rootMessage(e));
      return 0;
    }
  }

  private long rows(CSVParser parser, Iterator<CSVRecord> records, Row row, RowHandler handler,
      ImportProgress progress) {
    long rows = 0;
    long nextLine = parser.getCurrentLineNumber() + 1;
    while (records.hasNext()) {
      CSVRecord record = records.next();
      long line = nextLine;
      nextLine = parser.getCurrentLineNumber() + 1;
      if (record.size() == 1 && record.get(0).isEmpty()) {
        continue; // a blank line
      }
      rows++;
      if (row.reset(record, line)) {
        handler.row(row);
      }
      if (rows % 100_000 == 0) {
        progress.rowsRead(name(), rows);
      }
    }
    progress.rowsRead(name(), rows);
    return rows;
  }

  /**
   * Second pass over a file already checked: its rows mapped by {@code values} to table values.
   * Fails if the file no longer checks (changed since the first pass).
   */
  ValueRows values(Function<Row, Object[]> values) {
    try {
      return new ValueRows(values);
    } catch (IOException e) {
      throw ImportInput.unreadable(name(), e);
    }
  }

  /** The rows of one file as table values, read lazily; close it when done. */
  final class ValueRows implements Iterator<Object[]>, AutoCloseable {
    private final ProblemLog problems = new ProblemLog();
    private final Reader reader;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Function<Row, Object[]> mapper;
    private final Row row;
    private long nextLine;
    private Object[] next;

    private ValueRows(Function<Row, Object[]> mapper) throws IOException {
      this.mapper = mapper;
      this.reader = reader();
      this.parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
      this.records = parser.iterator();
      Map<String, Integer> index = records.hasNext() ? new Header(kind, name(), problems).check(records.next()) : null;
      if (index == null) {
        throw new IllegalStateException(name() + " changed while it was being loaded");
      }
      this.row = new Row(name(), index, problems);
      this.nextLine = parser.getCurrentLineNumber() + 1;
      advance();
    }

    private void advance() {
      next = null;
      while (next == null && records.hasNext()) {
        CSVRecord record = records.next();
        long line = nextLine;
        nextLine = parser.getCurrentLineNumber() + 1;
        if (record.size() == 1 && record.get(0).isEmpty()) {
          continue;
        }
        next = row.reset(record, line) ? mapper.apply(row) : null;
        if (!problems.isEmpty()) {
          throw new IllegalStateException(name() + " changed while it was being loaded: " + problems.sorted().get(0));
        }
      }
    }

    @Override
    public boolean hasNext() {
      return next != null;
    }

    @Override
    public Object[] next() {
      if (next == null) {
        throw new java.util.NoSuchElementException();
      }
      Object[] current = next;
      advance();
      return current;
    }

    @Override
    public void close() {
      try {
        parser.close();
        reader.close();
      } catch (IOException e) {
        throw ImportInput.unreadable(name(), e);
      }
    }
  }

  private Reader reader() throws IOException {
    InputStream in = new BufferedInputStream(input.open(), 64 * 1024);
    in.mark(3);
    byte[] bom = in.readNBytes(3);
    if (bom.length < 3 || (bom[0] & 0xFF) != 0xEF || (bom[1] & 0xFF) != 0xBB || (bom[2] & 0xFF) != 0xBF) {
      in.reset();
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }

  /** The header row's check: every column known, none twice, none required missing. */
  private record Header(FileKind kind, String file, ProblemLog problems) {
    Map<String, Integer> check(CSVRecord header) {
      Map<String, Integer> index = new HashMap<>();
      boolean ok = true;
      for (int i = 0; i < header.size(); i++) {
        String column = header.get(i).strip();
        if (!kind.columns.contains(column)) {
          problems.add(file, 1, column, column, "unknown column '" + column + "'; expected "
              + String.join(",", kind.columns));
          ok = false;
        } else if (index.putIfAbsent(column, i) != null) {
          problems.add(file, 1, column, column, "duplicate column '" + column + "'");
          ok = false;
        }
      }
      for (String column : kind.columns) {
        if (!index.containsKey(column) && !kind.optional.contains(column)) {
          problems.add(file, 1, column, "", "missing column '" + column + "'");
          ok = false;
        }
      }
      return ok ? index : null;
    }
  }
}
