package org.carepool.ingest;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Reading and writing a streamed file at once, on the two cores: a thread of its own checks the file
 * (parsed a few batches ahead by another, {@link RecordsAhead}) and passes each clean row through a
 * {@link RowPipe}; the load's thread (the one holding the transaction) runs the bulk insert, which
 * pulls the rows from the pipe. When a row has a problem the pipe is ended, so nothing more is
 * written, but reading goes on so every problem is reported; the load is then rejected and its
 * transaction rolled back.
 */
final class CheckedRows {
  private CheckedRows() {
  }

  /**
   * Returns the number of data rows read. {@code check} checks one row and answers its table values,
   * or null when the row has a problem.
   */
  static long insert(StreamedFile.Context context, Table<?> table, List<Field<?>> fields,
      Function<Row, Object[]> check) {
    RowPipe pipe = new RowPipe();
    AtomicLong rows = new AtomicLong();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread reader = new Thread(() -> read(context, check, pipe, rows, failure),
        "carepool-check-" + context.source().name());
    reader.setDaemon(true);
    reader.start();
    try {
      context.bulk().insert(context.trx(), table, fields, pipe);
    } finally {
      pipe.close();
      join(reader);
    }
    rethrow(failure.get());
    return rows.get();
  }

  private static void read(StreamedFile.Context context, Function<Row, Object[]> check, RowPipe pipe, AtomicLong rows,
      AtomicReference<Throwable> failure) {
    long problemsBefore = context.problems().count();
    try {
      rows.set(context.source().readAhead(context.problems(), row -> {
        Object[] values = check.apply(row);
        if (context.problems().count() > problemsBefore) {
          pipe.finish();
        } else if (values != null) {
          pipe.put(values);
        }
      }, context.progress()));
    } catch (RowPipe.WriterGone e) {
      // the insert failed; its own exception tells why
    } catch (Throwable e) {
      failure.set(e);
    } finally {
      pipe.finish();
    }
  }

  private static void join(Thread reader) {
    try {
      reader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + reader.getName() + " was reading", e);
    }
  }

  private static void rethrow(Throwable failure) {
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    if (failure != null) {
      throw new IllegalStateException(failure);
    }
  }
}
