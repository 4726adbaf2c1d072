package org.carepool.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one import file: RFC 4180, UTF-8 (a byte-order mark tolerated), header checked against
 * the file's columns, each data row handed over as a {@link Row} carrying its physical start line.
 * A file that stops being UTF-8 or CSV part-way is a problem at the line where it does
 * ({@link ReadFailure}); the rows before it still count as read.
 */
final class CsvSource {
  /** Rows between reports to {@link ImportProgress}: often enough for the Data page to show a file moving on. */
  private static final long PROGRESS_EVERY = 10_000;
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

  /** The file's size in bytes (0 when unknown), for sizing what a read will hold. */
  long size() {
    return input.size();
  }

  FileKind kind() {
    return kind;
  }

  /**
   * Reads the whole file, checking the header and the shape of each row and handing each
   * well-shaped row to {@code handler}; returns the number of data rows read.
   */
  long read(ProblemLog problems, RowHandler handler, ImportProgress progress) {
    Reading reading = new Reading();
    try (Reader reader = reader(); CSVParser parser = parser(reader)) {
      reading.parser = parser;
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        problems.add(name(), 1, "", "", "empty file: expected a header row " + String.join(",", kind.columns));
        return 0;
      }
      Map<String, Integer> header = new CsvHeader(kind, name(), problems).check(records.next());
      if (header != null) {
        rows(reading, records, new Row(name(), header, problems), handler, progress);
      }
    } catch (UncheckedIOException e) {
      new ReadFailure(input, problems).report(e.getCause(), reading.line());
    } catch (IOException e) {
      new ReadFailure(input, problems).report(e, reading.line());
    }
    return reading.rows;
  }

  /**
   * As {@link #read}, with the file parsed a few batches ahead on a thread of its own
   * ({@link RecordsAhead}) while this thread checks the rows: the same rows, lines and problems, in
   * the same order. For a file large enough to be worth a second thread.
   */
  long readAhead(ProblemLog problems, RowHandler handler, ImportProgress progress) {
    long rows = 0;
    try (RecordsAhead records = new RecordsAhead(this)) {
      RecordsAhead.Parsed header = records.next();
      if (header.isEnd()) {
        if (header.failure() == null) {
          problems.add(name(), 1, "", "", "empty file: expected a header row " + String.join(",", kind.columns));
        } else {
          failed(problems, header);
        }
        return 0;
      }
      Map<String, Integer> index = new CsvHeader(kind, name(), problems).check(header.record());
      if (index == null) {
        return 0;
      }
      Row row = new Row(name(), index, problems);
      RecordsAhead.Parsed next = records.next();
      for (; !next.isEnd(); next = records.next()) {
        if (isBlank(next.record())) {
          continue;
        }
        rows++;
        if (row.reset(next.record(), next.line())) {
          handler.row(row);
        }
        if (rows % PROGRESS_EVERY == 0) {
          progress.rowsRead(name(), rows);
        }
      }
      if (next.failure() != null) {
        failed(problems, next);
        return rows;
      }
    }
    progress.rowsRead(name(), rows);
    return rows;
  }

  /** A read that failed on the parsing thread: a problem when the file could not be read, else thrown on. */
  private void failed(ProblemLog problems, RecordsAhead.Parsed end) {
    if (end.failure() instanceof IOException e) {
      new ReadFailure(input, problems).report(e, end.line());
    } else if (end.failure() instanceof RuntimeException e) {
      throw e;
    } else {
      throw (Error) end.failure();
    }
  }

  /** How far a read has got, for the report of a file that fails part-way. */
  private static final class Reading {
    CSVParser parser;
    long rows;

    long line() {
      return parser == null ? 1 : parser.getCurrentLineNumber() + 1;
    }
  }

  private void rows(Reading reading, Iterator<CSVRecord> records, Row row, RowHandler handler,
      ImportProgress progress) {
    long nextLine = reading.parser.getCurrentLineNumber() + 1;
    while (records.hasNext()) {
      CSVRecord record = records.next();
      long line = nextLine;
      nextLine = reading.parser.getCurrentLineNumber() + 1;
      if (isBlank(record)) {
        continue;
      }
      reading.rows++;
      if (row.reset(record, line)) {
        handler.row(row);
      }
      if (reading.rows % PROGRESS_EVERY == 0) {
        progress.rowsRead(name(), reading.rows);
      }
    }
    progress.rowsRead(name(), reading.rows);
  }

  static boolean isBlank(CSVRecord record) {
    return record.size() == 1 && record.get(0).isEmpty();
  }

  /** Second read of a file already checked: its rows mapped by {@code values} to table values. */
  CsvValueRows values(Function<Row, Object[]> values) {
    try {
      return new CsvValueRows(this, values);
    } catch (IOException e) {
      throw ImportInput.unreadable(name(), e);
    }
  }

  static CSVParser parser(Reader reader) throws IOException {
    return CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
  }

  Reader reader() throws IOException {
    InputStream in = new BufferedInputStream(input.open(), 64 * 1024);
    in.mark(3);
    byte[] bom = in.readNBytes(3);
    if (bom.length < 3 || (bom[0] & 0xFF) != 0xEF || (bom[1] & 0xFF) != 0xBB || (bom[2] & 0xFF) != 0xBF) {
      in.reset();
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /** True when reading failed because the bytes are not UTF-8. */
  static boolean isEncoding(Throwable e) {
    return e instanceof CharacterCodingException;
  }
}
