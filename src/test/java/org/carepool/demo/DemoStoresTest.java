package org.carepool.demo;

import static org.carepool.db.generated.Tables.ACTIVITY;
import static org.carepool.db.generated.Tables.ARRANGEMENT;
import static org.carepool.db.generated.Tables.IMPORT_BATCH;
import static org.carepool.db.generated.Tables.SPEND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.carepool.db.Database;
import org.junit.jupiter.api.Test;

/** The demo stores the tests share a template for: each holds its part of the demo, and each is its own. */
class DemoStoresTest {

  @Test
  void two_whole_demo_stores_hold_the_demo_and_a_change_to_one_is_not_seen_in_the_other() {
    try (Database one = DemoStores.open("one"); Database two = DemoStores.open("two")) {
      assertEquals(5, one.dsl().fetchCount(ARRANGEMENT));
      int activity = one.dsl().fetchCount(ACTIVITY);
      assertTrue(activity > 250_000, "activity rows: " + activity);
      int spend = two.dsl().fetchCount(SPEND);
      assertTrue(spend > 0);

      one.dsl().deleteFrom(SPEND).execute();

      assertEquals(0, one.dsl().fetchCount(SPEND));
      assertEquals(spend, two.dsl().fetchCount(SPEND), "the other store keeps its spend");
      assertEquals(activity, two.dsl().fetchCount(ACTIVITY));
    }
  }

  @Test
  void a_finance_demo_store_holds_the_finance_files_alone() throws java.io.IOException {
    long files;
    try (var csv = java.nio.file.Files.list(DemoStores.csvFolder(DemoStores.Part.FINANCE))) {
      files = csv.count();
    }
    try (Database finance = Database.open(DemoStores.freshUrl("finance", DemoStores.Part.FINANCE))) {
      assertEquals(5, finance.dsl().fetchCount(ARRANGEMENT));
      assertTrue(finance.dsl().fetchCount(SPEND) > 0);
      assertEquals(0, finance.dsl().fetchCount(ACTIVITY));
      assertEquals(files, finance.dsl().fetchCount(IMPORT_BATCH), "a batch per finance file");
    }
  }
}
