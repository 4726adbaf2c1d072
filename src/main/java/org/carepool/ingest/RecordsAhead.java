package org.carepool.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A file's CSV records parsed on a thread of their own, a few batches ahead of the thread that checks
 * them, so that parsing and checking a large file share the two cores (the parse is about half of the
 * reading thread's work). Records come out in file order with the line each starts on, exactly as
 * {@link CsvSource#read} numbers them; a failure to read ends them and is handed over in its place, so
 * the checking thread reports it after the rows before it, as a read on one thread would. Nothing here
 * touches the {@link ProblemLog}, which only the checking thread writes.
 */
final class RecordsAhead implements AutoCloseable {
  private static final int BATCH = 1_024;
  private static final int DEPTH = 8;

  /** One parsed record and its first line; or, with no record, the end (failure null) or a failure at {@code line}. */
  record Parsed(CSVRecord record, long line, Throwable failure) {
    boolean isEnd() {
      return record == null;
    }
  }

  private final BlockingQueue<Parsed[]> queue = new ArrayBlockingQueue<>(DEPTH);
  private final Thread parser;
  private volatile boolean closed;
  private Parsed[] taking = new Parsed[0];
  private int taken;

  RecordsAhead(CsvSource source) {
    parser = new Thread(() -> parse(source), "carepool-parse-" + source.name());
    parser.setDaemon(true);
    parser.start();
  }

  /** The next record, or the end (a record of null, with the failure that ended the file if any). */
  Parsed next() {
    if (taken == taking.length) {
      try {
        taking = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for parsed records", e);
      }
      taken = 0;
    }
    return taking[taken++];
  }

  /** Stops the parsing thread (which may be waiting for room) and waits for it. */
  @Override
  public void close() {
    closed = true;
    queue.clear();
    try {
      parser.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void parse(CsvSource source) {
    Parsed[] batch = new Parsed[BATCH];
    int filled = 0;
    CSVParser csv = null;
    Parsed end;
    try (Reader reader = source.reader(); CSVParser opened = CsvSource.parser(reader)) {
      csv = opened;
      long nextLine = 1;
      for (CSVRecord record : opened) {
        long line = nextLine;
        nextLine = opened.getCurrentLineNumber() + 1;
        batch[filled++] = new Parsed(record, line, null);
        if (filled == BATCH) {
          if (!handOver(batch)) {
            return;
          }
          batch = new Parsed[BATCH];
          filled = 0;
        }
      }
      end = new Parsed(null, 0, null);
    } catch (UncheckedIOException e) {
      end = new Parsed(null, line(csv), e.getCause());
    } catch (IOException | RuntimeException | Error e) {
      end = new Parsed(null, line(csv), e);
    }
    batch[filled++] = end;
    handOver(Arrays.copyOf(batch, filled));
  }

  /** Where the parser had got to, as CsvSource reports a failure. */
  private static long line(CSVParser csv) {
    return csv == null ? 1 : csv.getCurrentLineNumber() + 1;
  }

  /** False when the reader has gone. */
  private boolean handOver(Parsed[] batch) {
    try {
      while (!queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
        if (closed) {
          return false;
        }
      }
      return !closed;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
