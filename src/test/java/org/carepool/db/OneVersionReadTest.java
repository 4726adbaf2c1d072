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
 * Reads that must see one data version (a board pack's sections) are done again when a load committed
 * while they ran, which on several nodes of one PostgreSQL the gate cannot hold back: the load recorded
 * here is what such a load commits last, a change row of kind LOAD, from its own transaction. Closes,
 * which keep the figures as they stand and come by the dozen when packs are delivered, do not.
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
  void a_read_during_which_data_was_loaded_is_done_again_and_a_quiet_one_once() {
    AtomicInteger tries = new AtomicInteger();
    assertEquals(1, (int) db.gate().reading(tries::incrementAndGet), "nothing changed: read once");

    tries.set(0);
    int reads = db.gate().reading(() -> {
      if (tries.incrementAndGet() == 1) {
        record(DataGeneration.Change.LOAD);
      }
      return tries.get();
    });

    assertEquals(2, reads, "the first read straddled a load, the second saw one version");
  }

  @Test
  void closes_reopenings_and_commentary_during_a_read_do_not_make_it_read_again() {
    AtomicInteger tries = new AtomicInteger();
    int reads = db.gate().reading(() -> {
      tries.incrementAndGet();
      record(DataGeneration.Change.CLOSE);
      record(DataGeneration.Change.REOPEN);
      record(DataGeneration.Change.COMMENTARY);
      return tries.get();
    });
    assertEquals(1, reads);
  }

  @Test
  void loads_during_every_try_end_in_a_conflict_that_says_so() {
    AtomicInteger tries = new AtomicInteger();
    Conflict refused = assertThrows(Conflict.class, () -> db.gate().reading(() -> {
      tries.incrementAndGet();
      record(DataGeneration.Change.LOAD);
      return tries.get();
    }));
    assertEquals(StoreGate.READ_ATTEMPTS, tries.get());
    assertTrue(refused.getMessage().contains("the figures changed while they were read"), refused.getMessage());
  }

  private void record(DataGeneration.Change change) {
    db.dsl().transaction(trx -> DataGeneration.raise(trx.dsl(), change));
  }
}
