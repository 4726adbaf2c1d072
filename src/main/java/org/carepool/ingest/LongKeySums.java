package org.carepool.ingest;

/**
 * Three running sums per {@code long} key, in open addressing: the activity summaries add millions
 * of rows into tens of thousands of cells, and a map of boxed keys would allocate for every row.
 */
final class LongKeySums {
  /** Handed each cell by {@link #forEach}. */
  interface Cell {
    void accept(long key, long first, long second, long third);
  }

  private long[] keys = new long[1024];
  private long[] sums = new long[3 * 1024];
  private boolean[] used = new boolean[1024];
  private int size;

  void add(long key, long first, long second, long third) {
    int slot = slot(key);
    if (!used[slot]) {
      if (2 * (size + 1) > keys.length) {
        grow();
        slot = slot(key);
      }
      used[slot] = true;
      keys[slot] = key;
      size++;
    }
    sums[3 * slot] += first;
    sums[3 * slot + 1] += second;
    sums[3 * slot + 2] += third;
  }

  int size() {
    return size;
  }

  void forEach(Cell cell) {
    for (int slot = 0; slot < keys.length; slot++) {
      if (used[slot]) {
        cell.accept(keys[slot], sums[3 * slot], sums[3 * slot + 1], sums[3 * slot + 2]);
      }
    }
  }

  /** The key's slot, or the empty slot where it belongs (linear probing). */
  private int slot(long key) {
    int mask = keys.length - 1;
    int slot = (int) mix(key) & mask;
    while (used[slot] && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldSums = sums;
    boolean[] oldUsed = used;
    keys = new long[oldKeys.length * 2];
    sums = new long[oldSums.length * 2];
    used = new boolean[oldUsed.length * 2];
    for (int old = 0; old < oldKeys.length; old++) {
      if (oldUsed[old]) {
        int slot = slot(oldKeys[old]);
        used[slot] = true;
        keys[slot] = oldKeys[old];
        System.arraycopy(oldSums, 3 * old, sums, 3 * slot, 3);
      }
    }
  }

  private static long mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 29);
  }
}
