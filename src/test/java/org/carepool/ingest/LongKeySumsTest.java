package org.carepool.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The tally's open-addressing sums agree with a plain map, across growth and for keys of every sign and size. */
class LongKeySumsTest {

  @Test
  void sums_match_a_map_of_the_same_adds() {
    Random random = new Random(12);
    LongKeySums sums = new LongKeySums();
    Map<Long, List<Long>> expected = new HashMap<>();
    long[] keys = new long[5_000];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = i % 3 == 0 ? random.nextLong() : i % 3 == 1 ? i : (long) i << 47;
    }
    keys[0] = 0;
    keys[1] = Long.MIN_VALUE;
    keys[2] = Long.MAX_VALUE;
    for (int add = 0; add < 40_000; add++) {
      long key = keys[random.nextInt(keys.length)];
      long first = 1;
      long second = random.nextInt(10);
      long third = random.nextInt(100_000) - 50_000;
      sums.add(key, first, second, third);
      expected.merge(key, List.of(first, second, third), (a, b) -> List.of(a.get(0) + b.get(0), a.get(1) + b.get(1),
          a.get(2) + b.get(2)));
    }
    Map<Long, List<Long>> actual = new HashMap<>();
    sums.forEach((key, first, second, third) -> actual.put(key, List.of(first, second, third)));
    assertEquals(expected, actual);
    assertEquals(expected.size(), sums.size());
  }

  @Test
  void the_empty_marker_is_refused_as_a_key() {
    assertThrows(IllegalArgumentException.class, () -> new LongKeySums().add(LongKeySums.EMPTY, 1, 0, 0));
  }
}
