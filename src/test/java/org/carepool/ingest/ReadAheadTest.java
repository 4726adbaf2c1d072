package org.carepool.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The activity file is parsed on a thread of its own ({@link RecordsAhead}) and checked on another:
 * it must see exactly the rows, lines and problems a read on one thread sees, in the same order,
 * whether the file is clean, empty, badly headed, not UTF-8 part-way, or broken in its quoting.
 */
class ReadAheadTest {
  private static final String HEADER = "record_id,month,patient_id,practice,age,sex,setting,admission_type,specialty,"
      + "site,bed_days,cost\n";

  @Test
  void a_clean_file_with_blank_lines_and_quoted_line_breaks_reads_the_same() {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 5_000; i++) {
      csv.append(i % 997 == 0 ? "\n" : "").append(i % 1_500 == 0 ? "\"R\n" + i + "\"" : "R" + i)
          .append(",2026-04,P,GP1,40,F,ACUTE,NONE,,,0,1.00\n");
    }
    Outcome ahead = assertSame(csv.toString().getBytes(StandardCharsets.UTF_8));
    assertEquals(5_000, ahead.rows);
    assertTrue(ahead.problems.isEmpty());
  }

  @Test
  void a_file_that_stops_being_utf8_part_way_reads_the_same() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(HEADER.getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < 3_000; i++) {
      bytes.writeBytes(("R" + i + ",2026-04,P,GP1,40,F,ACUTE,NONE,,,0,1.00\n").getBytes(StandardCharsets.UTF_8));
    }
    bytes.writeBytes(new byte[] {'R', 'x', ',', (byte) 0xE9, '\n'});
    Outcome ahead = assertSame(bytes.toByteArray());
    assertFalse(ahead.problems.isEmpty());
  }

  @Test
  void broken_quoting_a_short_row_a_bad_header_and_an_empty_file_read_the_same() {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 2_100; i++) {
      csv.append("R").append(i).append(i == 7 ? ",2026-04\n" : ",2026-04,P,GP1,40,F,ACUTE,NONE,,,0,1.00\n");
    }
    csv.append("\"R-open,2026-04,P,GP1,40,F,ACUTE,NONE,,,0,1.00\n");
    assertFalse(assertSame(csv.toString().getBytes(StandardCharsets.UTF_8)).problems.isEmpty());
    assertFalse(assertSame("record_id,month\nR1,2026-04\n".getBytes(StandardCharsets.UTF_8)).problems.isEmpty());
    assertEquals(List.of("activity.csv line 1: empty file: expected a header row " + String.join(",",
        FileKind.ACTIVITY.columns)), assertSame(new byte[0]).problems);
  }

  /** What a read saw: each row's line and first value, and every problem. */
  private record Outcome(long rows, List<String> seen, List<String> problems) {
  }

  private static Outcome assertSame(byte[] content) {
    Outcome once = read(content, false);
    Outcome ahead = read(content, true);
    assertEquals(once, ahead);
    return ahead;
  }

  private static Outcome read(byte[] content, boolean ahead) {
    CsvSource source = new CsvSource(ImportInput.of(new UploadedFile("activity.csv", content)), FileKind.ACTIVITY);
    ProblemLog problems = new ProblemLog();
    List<String> seen = new ArrayList<>();
    CsvSource.RowHandler handler = row -> seen.add(row.line() + " " + row.text("record_id"));
    long rows = ahead ? source.readAhead(problems, handler, ImportProgress.none())
        : source.read(problems, handler, ImportProgress.none());
    return new Outcome(rows, seen, problems.sorted().stream().map(Problem::toString).toList());
  }
}
