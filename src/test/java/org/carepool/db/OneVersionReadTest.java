package org.carepool.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.carepool.error.Conflict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reads that must see one data version (a board pack's sections) are done again when the figures changed
 * while they ran, by a writer the gate does not hold back: a close, or a load on another node. The change
 * here is what each of those commits, a raise of the store's generation, from its own transaction.
 */
class OneVersionReadTest {
  private Database db;

  @BeforeEach
  void store() {
    db = TestStores.open("one-version");
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void a_read_during_which_the_figures_changed_is_done_again_and_a_quiet_one_once() {
    AtomicInteger tries = new AtomicInteger();
    assertEquals(1, (int) db.gate().reading(tries::incrementAndGet), "nothing changed: read once");

    tries.set(0);
    int reads = db.gate().reading(() -> {
      if (tries.incrementAndGet() == 1) {
        changeFigures();
      }
      return tries.get();
    });

    assertEquals(2, reads, "the first read straddled a change, the second saw one version");
  }

  @Test
  void figures_changing_during_every_try_end_in_a_conflict_that_says_so() {
    AtomicInteger tries = new AtomicInteger();
    Conflict refused = assertThrows(Conflict.class, () -> db.gate().reading(() -> {
      tries.incrementAndGet();
      changeFigures();
      return tries.get();
    }));
    assertEquals(StoreGate.READ_ATTEMPTS, tries.get());
    assertTrue(refused.getMessage().contains("the figures changed while they were read"), refused.getMessage());
  }

  private void changeFigures() {
    db.dsl().transaction(change -> DataGeneration.raise(change.dsl()));
  }
}
