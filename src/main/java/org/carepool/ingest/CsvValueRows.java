package org.carepool.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The second read of a file already checked: its rows as table values, read lazily; close it when
 * done. Fails if the file no longer checks (it changed since the first read).
 */
final class CsvValueRows implements Iterator<Object[]>, AutoCloseable {
  private final String name;
  private final ProblemLog problems = new ProblemLog();
  private final Reader reader;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final Function<Row, Object[]> mapper;
  private final Row row;
  private long nextLine;
  private Object[] next;

  CsvValueRows(CsvSource source, Function<Row, Object[]> mapper) throws IOException {
    this.name = source.name();
    this.mapper = mapper;
    this.reader = source.reader();
    this.parser = CsvSource.parser(reader);
    this.records = parser.iterator();
    Map<String, Integer> index = records.hasNext()
        ? new CsvHeader(source.kind(), name, problems).check(records.next()) : null;
    if (index == null) {
      throw new IllegalStateException(name + " changed while it was being loaded");
    }
    this.row = new Row(name, index, problems);
    this.nextLine = parser.getCurrentLineNumber() + 1;
    advance();
  }

  private void advance() {
    next = null;
    while (next == null && records.hasNext()) {
      CSVRecord record = records.next();
      long line = nextLine;
      nextLine = parser.getCurrentLineNumber() + 1;
      if (CsvSource.isBlank(record)) {
        continue;
      }
      next = row.reset(record, line) ? mapper.apply(row) : null;
      if (!problems.isEmpty()) {
        throw new IllegalStateException(name + " changed while it was being loaded: " + problems.sorted().get(0));
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
      throw new NoSuchElementException();
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
      throw ImportInput.unreadable(name, e);
    }
  }
}
