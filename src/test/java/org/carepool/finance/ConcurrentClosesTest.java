package org.carepool.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.carepool.audit.Audit;
import org.carepool.db.Database;
import org.carepool.db.TestStores;
import org.carepool.ingest.ImportProgress;
import org.carepool.ingest.Importer;
import org.junit.jupiter.api.Test;

/**
 * Delivered packs on several nodes close the same month at once: each close is a SERIALIZABLE
 * transaction, and the store aborts all but one of them (PostgreSQL's serialization failure, Derby's
 * deadlock victim). Each loser is tried again and then finds the month closed; none fails. On Derby the
 * same race comes from two users of one node; it runs on both stores since the store sets Derby's
 * deadlock timeout to 2 s (at Derby's default of 20 s this test took 86 s).
 */
class ConcurrentClosesTest {
  private static final int CLOSERS = 6;

  @Test
  void six_closes_of_one_month_at_once_make_one_close_and_no_failure() throws Exception {
    // two users (or, on PostgreSQL, two nodes) closing the same month at once
    Database db = TestStores.open("closes");
    ExecutorService pool = Executors.newFixedThreadPool(CLOSERS);
    try {
      new Importer(db, Clock.systemUTC()).load(List.of(Path.of(getClass().getResource("/finance/lb1").toURI())),
          "test", ImportProgress.none());
      MonthCloses closes = new MonthCloses(db.dsl(), new Audit(db.dsl(), Clock.systemUTC()), Clock.systemUTC());
      YearMonth aug = YearMonth.parse("2025-08");
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Optional<MonthClose>>> results = new ArrayList<>();
      for (int i = 0; i < CLOSERS; i++) {
        String node = "node " + i;
        results.add(pool.submit(() -> {
          go.await();
          return closes.closeIfOpen("LB1", aug, node, CloseHow.PACK, "run 1");
        }));
      }
      go.countDown();
      int made = 0;
      for (Future<Optional<MonthClose>> result : results) {
        made += result.get().isPresent() ? 1 : 0;
      }
      assertEquals(1, made, "exactly one of the closes was kept");
      assertEquals(1, closes.list("LB1").size());
    } finally {
      pool.shutdownNow();
      db.close();
    }
  }
}
