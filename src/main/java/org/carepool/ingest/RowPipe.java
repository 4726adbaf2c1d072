package org.carepool.ingest;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Hands checked rows from the thread that reads and checks a file to the thread that writes them
 * (the load's, inside its transaction), in batches through a small bounded queue: the writer never
 * waits for the whole file, and the reader never runs more than a few batches ahead, so memory
 * stays flat. The writer reads it as an {@link Iterator}; the reader ends it with {@link #finish}.
 */
final class RowPipe implements Iterator<Object[]> {
  private static final int BATCH = 2_048;
  /** Batches the reader may run ahead: enough to ride out the scheduler on a busy machine, ~10 MB of activity. */
  private static final int DEPTH = 24;
  private static final Object[][] END = new Object[0][];

  /** Thrown to the reading thread when the writer has gone (its insert failed). */
  static final class WriterGone extends RuntimeException {
    WriterGone() {
      super("the writer stopped taking rows", null, false, false);
    }
  }

  private final BlockingQueue<Object[][]> queue = new ArrayBlockingQueue<>(DEPTH);
  private Object[][] filling = new Object[BATCH][];
  private int filled;
  private boolean finished;
  private volatile boolean writerGone;
  private Object[][] taking;
  private int taken;

  /** Reader: hands one row over; blocks while the writer is {@value #DEPTH} batches of {@value #BATCH} rows behind. */
  void put(Object[] row) {
    if (finished) {
      throw new IllegalStateException("rows handed over after the end");
    }
    filling[filled++] = row;
    if (filled == BATCH) {
      handOver(filling);
      filling = new Object[BATCH][];
      filled = 0;
    }
  }

  /** Reader: no more rows (idempotent; nothing to do once the writer has gone). */
  void finish() {
    if (!finished && !writerGone) {
      finished = true;
      if (filled > 0) {
        handOver(Arrays.copyOf(filling, filled));
      }
      handOver(END);
    }
  }

  /** Writer: done reading, whether or not the end was reached; a blocked reader is released. */
  void close() {
    writerGone = true;
    queue.clear();
  }

  private void handOver(Object[][] batch) {
    try {
      while (!queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
        if (writerGone) {
          throw new WriterGone();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WriterGone();
    }
  }

  @Override
  public boolean hasNext() {
    if (taking != null && taken < taking.length) {
      return true;
    }
    if (taking == END) {
      return false;
    }
    try {
      taking = queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for checked rows", e);
    }
    taken = 0;
    return taking != END;
  }

  @Override
  public Object[] next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return taking[taken++];
  }
}
