package org.carepool.ingest;

import static org.carepool.db.generated.Tables.COMMENTARY;
import static org.carepool.ingest.TestStore.csv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code commentary.csv} (SPEC §3): what a load stores, what a re-load replaces, and every problem named. */
class CommentaryImportTest {
  static final String HEADER = "arrangement,scheme,month,commentary,action,owner,due";
  private final TestStore store = new TestStore();

  @BeforeEach
  void load_the_valid_folder() {
    store.loadValid();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void a_scheme_row_and_a_pool_row_are_stored_and_a_reload_replaces_them_by_key() {
    store.load(csv("commentary.csv", HEADER,
        "LB1,S1,2025-09,\"Winter pressures, discharge\",Review packages,Head of finance,2025-11-30",
        "LB1,,2025-09,Pool on watch,,,"));
    assertEquals(List.of("LB1 null 2025-09-01 Pool on watch null null null",
        "LB1 S1 2025-09-01 Winter pressures, discharge Review packages Head of finance 2025-11-30"), rows());

    store.load(csv("commentary.csv", HEADER, "LB1,,2025-09,Pool recovering,Keep watching,CFO,2025-12-31",
        "LB1,S1,2025-10,October note,,,"));
    assertEquals(List.of("LB1 null 2025-09-01 Pool recovering Keep watching CFO 2025-12-31",
        "LB1 S1 2025-09-01 Winter pressures, discharge Review packages Head of finance 2025-11-30",
        "LB1 S1 2025-10-01 October note null null null"), rows());
  }

  @Test
  void every_bad_row_is_named_and_nothing_is_written() {
    ImportRejected rejected = assertThrows(ImportRejected.class, () -> store.load(csv("commentary.csv", HEADER,
        "LB9,S1,2025-09,Unknown pool,,,",
        "LB1,S9,2025-09,Unknown scheme,,,",
        "LB1,S1,2025-13,Bad month,,,",
        "LB1,S1,2025-09,Bad due,,,2025-02-30",
        "LB1,S1,2025-09,Same key again,,,",
        "LB1,S2,2026-09,After the arrangement ended,,,",
        "LB1,S2,2025-10,,No commentary,,")));
    assertEquals(List.of(
        "commentary.csv line 2, column arrangement: unknown arrangement 'LB9'",
        "commentary.csv line 3, column scheme: unknown scheme 'S9' of arrangement LB1",
        "commentary.csv line 4, column month: '2025-13' is not a month (YYYY-MM)",
        "commentary.csv line 5, column due: '2025-02-30' is not an ISO date (YYYY-MM-DD)",
        "commentary.csv line 6, column arrangement: duplicate key (LB1, S1, 2025-09): also on line 5",
        "commentary.csv line 7, column month: month 2026-09 is outside arrangement LB1's dates (2025-04-01 to 2026-03-31)",
        "commentary.csv line 8, column commentary: a value is required"),
        rejected.problems().stream().map(Problem::toString).toList());
    assertEquals(0, store.db.dsl().fetchCount(COMMENTARY));
  }

  private List<String> rows() {
    return store.db.dsl().selectFrom(COMMENTARY).orderBy(COMMENTARY.SCHEME.nullsFirst(), COMMENTARY.MONTH)
        .fetch(r -> r.getArrangement() + " " + r.getScheme() + " " + r.getMonth() + " " + r.getCommentary() + " "
            + r.getAction() + " " + r.getOwner() + " " + r.getDue());
  }
}
