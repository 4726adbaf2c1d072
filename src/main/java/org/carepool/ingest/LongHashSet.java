package org.carepool.ingest;

/**
 * A set of {@code long}s in open addressing (8 bytes a value at most half full): holds a 64-bit
 * hash of every activity record id, so that a repeated id is seen as the row is read.
 */
final class LongHashSet {
  /** Marks an empty slot; a value equal to it is kept aside. */
  private static final long EMPTY = 0;

  private long[] slots = new long[1 << 12];
  private int size;
  private boolean holdsEmpty;

  /** Adds the value; false when it was there already. */
  boolean add(long value) {
    if (value == EMPTY) {
      boolean added = !holdsEmpty;
      holdsEmpty = true;
      return added;
    }
    if (2 * (size + 1) > slots.length) {
      grow();
    }
    int slot = slot(slots, value);
    if (slots[slot] == value) {
      return false;
    }
    slots[slot] = value;
    size++;
    return true;
  }

  boolean contains(long value) {
    return value == EMPTY ? holdsEmpty : slots[slot(slots, value)] == value;
  }

  private static int slot(long[] slots, long value) {
    int mask = slots.length - 1;
    int slot = (int) (value ^ (value >>> 32)) & mask;
    while (slots[slot] != EMPTY && slots[slot] != value) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    for (long value : old) {
      if (value != EMPTY) {
        slots[slot(slots, value)] = value;
      }
    }
  }
}
