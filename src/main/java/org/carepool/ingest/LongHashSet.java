package org.carepool.ingest;

/**
 * A set of {@code long}s in open addressing (8 bytes a value at most half full): holds a 64-bit
 * hash of every activity record id, so that a repeated id is seen as the row is read.
 */
final class LongHashSet {
  /** Marks an empty slot; a value equal to it is kept aside. */
  private static final long EMPTY = 0;

  /** The most slots {@link #expect} allocates ahead (256 MB); beyond, the set grows as values come. */
  private static final long MAX_PRESIZED = 1L << 25;

  private long[] slots = new long[1 << 12];
  private int size;
  private boolean holdsEmpty;

  /**
   * Makes room for {@code values} values at once, so that a set expected to grow large is not
   * rehashed on the way (each rehash touches every slot again); only while the set is empty.
   */
  void expect(long values) {
    long wanted = Long.highestOneBit(Math.max(2 * values, 1) - 1) << 1;
    if (size == 0 && wanted > slots.length && wanted <= MAX_PRESIZED) {
      slots = new long[(int) wanted];
    }
  }

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
