package org.carepool.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.carepool.db.Database;
import org.carepool.db.TestStores;
import org.jooq.impl.DefaultConnectionProvider;
import org.junit.jupiter.api.Test;

/**
 * Two carepool nodes on one PostgreSQL: a load started on one while the other's load is under way waits
 * for it to end (each node's own gate cannot see the other's loads), then loads in full. The load under
 * way is stood in for by a transaction holding the load turn, which is the first thing a load takes.
 */
class LoadTurnAcrossNodesTest {

  @Test
  void a_load_on_a_second_node_waits_for_the_first_nodes_load_to_end_then_loads() throws Exception {
    assumeTrue(TestStores.postgres(), "embedded Derby serves one process: its gate is every load's turn");
    String url = TestStores.freshUrl("load-turn");
    try (Database first = Database.open(url); Database second = Database.open(url);
        Connection underWay = first.dataSource().getConnection()) {
      underWay.setAutoCommit(false);
      first.takeLoadTurn(first.dsl().configuration().derive(new DefaultConnectionProvider(underWay)).dsl());

      CompletableFuture<ImportResult> load = CompletableFuture.supplyAsync(() -> new Importer(second,
          Clock.systemUTC()).load(List.of(TestStore.fixture("valid")), "node2", ImportProgress.none()));

      assertTrue(waitsForTheTurn(first), "the second node's load waits on the turn, not on anything else");
      assertFalse(load.isDone(), "nothing of it ran beside the first");
      underWay.commit();

      ImportResult loaded = load.get(60, TimeUnit.SECONDS);
      assertTrue(loaded.files().size() > 10, loaded.toString());
      assertEquals(loaded.files().stream().filter(f -> f.fileName().equals("spend.csv")).findFirst().orElseThrow().rows(),
          first.dsl().fetchCount(org.carepool.db.generated.Tables.SPEND));
    }
  }

  /** Whether, within 20 s, a backend of the store waits on an advisory lock (PostgreSQL's own view of who waits). */
  private static boolean waitsForTheTurn(Database db) throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < until) {
      int waiting = db.dsl().fetchCount(db.dsl().select().from("pg_stat_activity")
          .where("wait_event_type = 'Lock' AND wait_event = 'advisory' AND datname = current_database()"));
      if (waiting > 0) {
        return true;
      }
      Thread.sleep(20);
    }
    return false;
  }
}
