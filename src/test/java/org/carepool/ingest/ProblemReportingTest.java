package org.carepool.ingest;

import static org.carepool.ingest.TestStore.csv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every problem is reported, with the physical line each row starts on. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemReportingTest {
  private TestStore store;

  @BeforeAll
  void load_the_valid_folder() {
    store = new TestStore();
    store.loadValid();
  }

  @AfterAll
  void close() {
    store.close();
  }

  private List<String> problems(UploadedFile... files) {
    ImportRejected rejected = assertThrows(ImportRejected.class, () -> store.load(files));
    return rejected.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void a_file_with_three_bad_rows_reports_all_three_with_their_lines() {
    List<String> problems = problems(csv("spend.csv", "arrangement,scheme,month,amount,organisation,locality",
        "LB1,S1,2025-06,1.00,CCG,", "BCF-25,S1,2025-06,1.00,CCG,", "LB1,S1,2025-06,1.00,CCG,",
        "LB1,S1,2025-13,1.00,CCG,", "LB1,S1,2025-06,abc,CCG,"));

    assertEquals(List.of("spend.csv line 3, column arrangement: unknown arrangement 'BCF-25'",
        "spend.csv line 5, column month: '2025-13' is not a month (YYYY-MM)",
        "spend.csv line 6, column amount: 'abc' is not an amount of money (e.g. 1234.56)"), problems);
  }

  @Test
  void problems_of_several_files_come_in_file_then_line_order() {
    List<String> problems = problems(
        csv("spend.csv", "arrangement,scheme,month,amount,organisation,locality", "LB1,S1,2025-06,x,CCG,"),
        csv("boards.csv", "code,name", "B2,", "B3,"));

    assertEquals(List.of("boards.csv line 2, column name: a value is required",
        "boards.csv line 3, column name: a value is required",
        "spend.csv line 2, column amount: 'x' is not an amount of money (e.g. 1234.56)"), problems);
  }

  @Test
  void a_row_after_a_quoted_multi_line_value_is_reported_at_its_physical_line() {
    List<String> problems = problems(csv("boards.csv", "code,name", "B2,\"Board\ntwo\"", "B3,\"Board",
        "three\"", "B4,"));

    assertEquals(List.of("boards.csv line 6, column name: a value is required"), problems);
  }

  @Test
  void a_multi_line_row_is_reported_at_its_start_line_and_blank_lines_count() {
    List<String> problems = problems(csv("boards.csv", "code,name", "", "B2,\"Board", "two\",extra"));

    assertEquals(List.of("boards.csv line 3: expected 2 values as in the header, found 3"), problems);
  }

  @Test
  void a_byte_order_mark_is_tolerated() {
    byte[] body = "code,name\nB9,Board nine\n".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);

    ImportResult result = store.load(new UploadedFile("boards.csv", withBom));

    assertEquals(1, result.files().get(0).rows());
  }

  @Test
  void bytes_that_are_not_utf8_are_a_problem_at_their_line_and_column() {
    StringBuilder rows = new StringBuilder("code,name,kind\n");
    for (int i = 2; i < 41; i++) {
      rows.append("ORG").append(i).append(",Organisation ").append(i).append(",OTHER\n");
    }
    byte[] start = rows.toString().getBytes(StandardCharsets.UTF_8);
    byte[] bad = "ORG41,Caf\u00e9 \u00a3 fund,OTHER\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
    byte[] body = java.util.Arrays.copyOf(start, start.length + bad.length);
    System.arraycopy(bad, 0, body, start.length, bad.length);

    ImportRejected rejected = assertThrows(ImportRejected.class,
        () -> store.load(new UploadedFile("organisations.csv", body)));

    Problem problem = rejected.problems().get(0);
    assertEquals(1, rejected.problems().size());
    assertEquals(41, problem.line());
    assertEquals("name", problem.column());
    assertEquals("0xE9", problem.value());
    assertEquals("organisations.csv line 41, column name: bytes 0xE9 are not UTF-8 (in Windows-1252 they read "
        + "\"\u00e9\": the file looks saved as Windows-1252, Excel's plain \"CSV\"); save the file as "
        + "\"CSV UTF-8 (Comma delimited)\" (Excel) or as UTF-8 text, and load it again", problem.toString());
  }

  @Test
  void a_quoted_value_never_closed_is_a_problem_at_the_line_it_starts_on() {
    List<String> problems = problems(csv("boards.csv", "code,name", "B2,Two", "B3,\"Three", "B4,Four"));

    assertEquals(List.of("boards.csv line 3: a quoted value that starts on this line is never closed: a closing \" "
        + "is missing (a \" inside a value is written twice: \"\")"), problems);
  }

  @Test
  void text_after_a_closing_quote_is_a_problem_at_its_line_and_the_rows_before_count_as_read() {
    ImportRejected rejected = assertThrows(ImportRejected.class,
        () -> store.load(csv("boards.csv", "code,name", "B2,Two", "B3,Three", "B4,\"Four\" board")));

    assertEquals(4, rejected.problems().get(0).line());
    assertTrue(rejected.problems().get(0).reason().startsWith("text after the closing quote of a value"));
    assertEquals(2, store.batches().get(store.batches().size() - 1).getRowCount(), "the two rows before it");
  }

  @Test
  void an_empty_file_is_a_problem() {
    assertEquals(List.of("boards.csv line 1: empty file: expected a header row code,name"),
        problems(new UploadedFile("boards.csv", new byte[0])));
  }

  @Test
  void a_second_file_of_the_same_kind_in_one_load_is_a_problem() {
    List<String> problems = problems(csv("boards.csv", "code,name", "B7,Seven"),
        csv("boards.csv", "code,name", "B8,Eight"));

    assertEquals(List.of("boards.csv: a second boards.csv in one load (also boards.csv); load it separately"), problems);
  }

  @Test
  void problems_beyond_the_cap_are_counted_and_summarised() {
    StringBuilder rows = new StringBuilder("code,name\n");
    for (int i = 0; i < ProblemLog.KEPT + 5; i++) {
      rows.append("B").append(i).append(",\n");
    }
    ImportRejected rejected = assertThrows(ImportRejected.class,
        () -> store.load(new UploadedFile("boards.csv", rows.toString().getBytes(StandardCharsets.UTF_8))));

    assertEquals(ProblemLog.KEPT, rejected.problems().size());
    assertEquals(ProblemLog.KEPT + 5, rejected.problemCount());
    assertTrue(rejected.getMessage().contains("… and " + (ProblemLog.KEPT + 5 - 20) + " more"));
  }
}
