package org.carepool.ingest;

import static org.carepool.db.generated.Tables.ACTIVITY;
import static org.carepool.db.generated.Tables.ACTIVITY_MONTH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * activity.csv is written while it is read: a problem found after thousands of rows have gone to
 * the store still leaves the store as it was, and every problem is still reported.
 */
class StreamedActivityTest {
  private static final String HEADER =
      "record_id,month,patient_id,practice,age,sex,setting,admission_type,specialty,site,bed_days,cost";
  private static final List<String> SUMMARIES = List.of("activity_summary", "kpi_activity_summary",
      "activity_practice_summary", "activity_bed_summary");
  private final TestStore store = new TestStore();

  @BeforeEach
  void load_the_valid_folder() {
    store.loadValid();
  }

  @AfterEach
  void close() {
    store.close();
  }

  /** {@code rows} rows of May 2025; the rows at the given lines (header = 1) get {@code bad} as their age. */
  private static UploadedFile activity(int rows, String bad, Set<Integer> badLines) {
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    for (int i = 1; i <= rows; i++) {
      String age = badLines.contains(i + 1) ? bad : String.valueOf(i % 100);
      csv.append("N").append(i).append(",2025-05,PAT").append(i % 700).append(",P").append(1 + i % 3).append(',')
          .append(age).append(i % 2 == 0 ? ",F" : ",M").append(",ACUTE,NON_ELECTIVE,300,SITE1,").append(i % 7)
          .append(',').append(i).append(".25\n");
    }
    return new UploadedFile("activity.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void a_bad_row_after_thousands_written_rejects_the_load_and_keeps_what_was_stored() {
    Map<String, Integer> counts = store.counts();
    Map<String, List<String>> summaries = summaries();

    ImportRejected rejected = assertThrows(ImportRejected.class,
        () -> store.load(activity(12_000, "-1", Set.of(9_001))));

    assertEquals(List.of("activity.csv line 9001, column age: '-1' is out of range 0 to 130"),
        rejected.problems().stream().map(Problem::toString).toList());
    assertEquals(counts, store.counts());
    assertEquals(summaries, summaries());
    assertEquals(List.of("R3", "R4"), store.db.dsl().select(ACTIVITY.RECORD_ID).from(ACTIVITY)
        .where(ACTIVITY.MONTH.eq(LocalDate.of(2025, 5, 1))).orderBy(ACTIVITY.RECORD_ID).fetch(ACTIVITY.RECORD_ID));
    assertEquals(12_000, store.batches().get(store.batches().size() - 1).getRowCount(), "rows read, on record");
  }

  @Test
  void every_problem_is_reported_though_writing_stopped_at_the_first() {
    ImportRejected rejected = assertThrows(ImportRejected.class,
        () -> store.load(activity(9_000, "old", Set.of(3, 4_500, 9_001))));

    assertEquals(List.of(3L, 4_500L, 9_001L), rejected.problems().stream().map(Problem::line).toList());
  }

  @Test
  void a_file_larger_than_the_pipe_loads_in_full_and_replaces_its_month() {
    ImportResult result = store.load(activity(12_000, null, Set.of()));

    assertEquals(12_000, store.db.dsl().fetchCount(ACTIVITY, ACTIVITY.MONTH.eq(LocalDate.of(2025, 5, 1))));
    assertEquals(12_002, store.db.dsl().fetchCount(ACTIVITY));
    assertEquals(12_000, store.db.dsl().select(ACTIVITY_MONTH.ROW_COUNT).from(ACTIVITY_MONTH)
        .where(ACTIVITY_MONTH.MONTH.eq(LocalDate.of(2025, 5, 1))).fetchOne(ACTIVITY_MONTH.ROW_COUNT));
    assertEquals("1 month(s), 12,000 rows: 2025-05; replaced 2025-05 (2 rows out, 12,000 in)",
        result.files().get(0).replaced());
    assertTrue(store.batches().get(store.batches().size() - 1).getSha256().matches("[0-9a-f]{64}"));
  }

  private Map<String, List<String>> summaries() {
    return SUMMARIES.stream().collect(java.util.stream.Collectors.toMap(t -> t, t -> store.db.dsl()
        .fetch("select * from " + t + " order by 1, 2, 3, 4").stream().map(Record::toString).toList()));
  }
}
