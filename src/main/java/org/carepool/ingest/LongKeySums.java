package org.carepool.ingest;


/**
 * Three running sums per {@code long} key, in open addressing: the activity summaries add millions
 * of rows into tens of thousands of cells, and a map of boxed keys would allocate for every row.
 * A cell's key and sums sit side by side in one array (four longs, 32 bytes), and an empty cell
 * holds {@link #EMPTY} as its key, so adding a row touches one cache line, not three arrays: the
 * person cells outgrow the caches at scale 10, where that was the checking thread's largest cost.
 */
final class LongKeySums {
  /** Handed each cell by {@link #forEach}. */
  interface Cell {
    void accept(long key, long first, long second, long third);
  }

  /**
   * The key of an empty cell: no tally key has every bit set (a key's month field would then hold a
   * year beyond 9999, which no SPEC §3 month can have).
   */
  static final long EMPTY = -1L;
  private static final int STRIDE = 4;

  private long[] cells = empty(1024);
  private int size;

  void add(long key, long first, long second, long third) {
    if (key == EMPTY) {
      throw new IllegalArgumentException("key " + EMPTY + " marks an empty cell");
    }
    int at = cell(key);
    if (cells[at] == EMPTY) {
      if (2 * (size + 1) > capacity()) {
        grow();
        at = cell(key);
      }
      cells[at] = key;
      size++;
    }
    cells[at + 1] += first;
    cells[at + 2] += second;
    cells[at + 3] += third;
  }

  int size() {
    return size;
  }

  void forEach(Cell cell) {
    for (int at = 0; at < cells.length; at += STRIDE) {
      if (cells[at] != EMPTY) {
        cell.accept(cells[at], cells[at + 1], cells[at + 2], cells[at + 3]);
      }
    }
  }

  private int capacity() {
    return cells.length / STRIDE;
  }

  /** Where the key's cell starts, or the empty cell where it belongs (linear probing). */
  private int cell(long key) {
    int mask = capacity() - 1;
    int slot = (int) mix(key) & mask;
    while (cells[slot * STRIDE] != EMPTY && cells[slot * STRIDE] != key) {
      slot = (slot + 1) & mask;
    }
    return slot * STRIDE;
  }

  private void grow() {
    long[] old = cells;
    cells = empty(2 * capacity());
    for (int from = 0; from < old.length; from += STRIDE) {
      if (old[from] != EMPTY) {
        System.arraycopy(old, from, cells, cell(old[from]), STRIDE);
      }
    }
  }

  private static long[] empty(int capacity) {
    long[] cells = new long[capacity * STRIDE];
    for (int at = 0; at < cells.length; at += STRIDE) {
      cells[at] = EMPTY;
    }
    return cells;
  }

  private static long mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 29);
  }
}
