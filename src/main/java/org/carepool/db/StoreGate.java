package org.carepool.db;

import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.carepool.error.Conflict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One writer at a time, or any number of readers: the discipline that suits an embedded Derby store
 * serving reports while imports replace data. Derby locks rows and escalates to tables; an import
 * holding a table while a serializable read holds another deadlocks one of them (40001). Here an
 * import waits for the reads under way to finish, then holds the whole store, and reads arriving
 * meanwhile queue behind it (the lock is fair, so a stream of downloads cannot starve an import).
 * Every connection the store's {@code DSLContext} hands out holds a read share while it is held, so
 * each query or transaction sees one data version; {@link #reading} keeps one version across
 * several. Neither is ever held across HTTP I/O: callers take the data, render, then answer.
 *
 * <p>On a PostgreSQL shared by several nodes a load holds only its own node's gate. So {@link #reading}
 * also counts the loads the store has committed ({@link DataGeneration}) before and after its reads, and
 * reads again when a load committed meanwhile. Closes, reopenings and commentary pass the gate and are
 * not counted here: a close keeps the figures as they stand, and packs delivered at once close their
 * boards' months by the dozen, which would have every other pack read again and again.
 */
public final class StoreGate {
  private static final Logger log = LoggerFactory.getLogger(StoreGate.class);
  /** Tries of a read that Derby chose as a deadlock victim or timed out on a lock (other writers exist). */
  static final int READ_ATTEMPTS = 3;

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
  private final LongSupplier loads;

  /** @param loads how many loads the store has committed now */
  StoreGate(LongSupplier loads) {
    this.loads = loads;
  }

  /** Runs a write (an import) alone: no read of the store overlaps it. */
  public <T> T writing(Supplier<T> write) {
    if (lock.getReadHoldCount() > 0) {
      throw new IllegalStateException("a write was started while this thread reads the store: it would wait forever");
    }
    lock.writeLock().lock();
    try {
      return write.get();
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Runs reads that must see one data version (e.g. every section of a board pack). They are done again
   * when a load committed while they ran (on another node), and so is a read Derby picked as a deadlock
   * victim or that timed out waiting for a lock: each up to {@value #READ_ATTEMPTS} times, and logged.
   *
   * @throws Conflict when a load committed during each of {@value #READ_ATTEMPTS} tries
   */
  public <T> T reading(Supplier<T> read) {
    for (int attempt = 1; ; attempt++) {
      enter();
      try {
        long before = loads.getAsLong();
        T result = read.get();
        if (loads.getAsLong() == before) {
          return result;
        }
        if (attempt >= READ_ATTEMPTS) {
          throw new Conflict("the figures changed while they were read, " + READ_ATTEMPTS + " times running (data"
              + " loaded on another node): try again shortly");
        }
        log.info("Data was loaded while a read that must see one version ran; try {} of {}", attempt + 1,
            READ_ATTEMPTS);
      } catch (RuntimeException e) {
        if (attempt >= READ_ATTEMPTS || !isTransient(e)) {
          throw e;
        }
        log.warn("A read of the store was chosen as a deadlock victim or timed out on a lock ({}); try {} of {}",
            sqlState(e), attempt + 1, READ_ATTEMPTS);
      } finally {
        leave();
      }
    }
  }

  void enter() {
    lock.readLock().lock();
  }

  void leave() {
    lock.readLock().unlock();
  }

  /** Whether this thread holds the store for writing (then its own reads pass). */
  boolean writingHere() {
    return lock.isWriteLockedByCurrentThread();
  }

  /** A deadlock (40001) or lock timeout (40XL1): trying again may succeed. */
  public static boolean isTransient(Throwable failure) {
    String state = sqlState(failure);
    return "40001".equals(state) || "40XL1".equals(state) || "40XL2".equals(state);
  }

  /** The SQLState of the first SQLException in the chain, or null. */
  static String sqlState(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }
}
