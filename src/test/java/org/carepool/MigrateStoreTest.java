package org.carepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carepool.db.TestStores;
import org.carepool.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 item 4: {@code migrate-store} moves the demo store from embedded Derby into an empty
 * PostgreSQL database; the I&E, performance and mapping JSON are identical on both, the same users sign
 * in, and a second run into the now filled database refuses and changes nothing.
 */
@org.junit.jupiter.api.Tag("postgres-long")
class MigrateStoreTest {
  private static final List<String> READS = List.of(
      "/api/arrangements/BCF/income-expenditure?month=2025-09",
      "/api/arrangements/BCF/performance?month=2025-09",
      "/api/boards/HWB/mapping?year=2025-26",
      "/api/boards/HWB/mapping?month=2025-09");

  @TempDir
  Path dir;

  @Test
  void the_demo_store_moved_to_postgresql_answers_the_same_json_and_signs_in_the_same_users() throws Exception {
    Path data = dir.resolve("data");
    Path demo = dir.resolve("demo");
    new DemoData(DemoData.DEFAULT_SEED).write(demo, 1);
    Map<String, String> onDerby;
    try (RunningCarepool derby = RunningCarepool.onNewStoreIn(data, Map.of()).load(demo)) {
      onDerby = answers(derby);
    }
    String target = TestStores.emptyPostgresUrl("migrated");

    Result moved = migrate(data, target);
    assertEquals(0, moved.exit, moved.output);
    assertTrue(moved.output.contains("row counts and money checksums verified"), moved.output);
    assertTrue(moved.output.matches("(?s).*activity\\s+[0-9,]+ rows.*"), moved.output);

    try (RunningCarepool postgres = RunningCarepool.onStoreAt(target, dir.resolve("pg-data"), Map.of())) {
      assertEquals(onDerby, answers(postgres), "the same JSON from both stores, for the same users");
    }

    Result again = migrate(data, target);
    assertEquals(1, again.exit, again.output);
    assertTrue(again.output.contains("already holds carepool data"), again.output);
  }

  /** Each read, as the viewer (HTTP Basic: signing in with the password set on Derby). */
  private static Map<String, String> answers(RunningCarepool app) {
    Map<String, String> answers = new LinkedHashMap<>();
    for (String read : READS) {
      var answer = app.get(read, "viewer");
      assertEquals(200, answer.statusCode(), read + ": " + answer.body());
      answers.put(read, answer.body());
    }
    return answers;
  }

  /** A command line's exit status and everything it printed. */
  record Result(int exit, String output) {}

  /** {@code migrate-store --to target} of the embedded store in {@code data}, as the command line runs it. */
  static Result migrate(Path data, String target) {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8);
    int exit = new Commands(Map.of("CAREPOOL_DATA", data.toString()), InputStream.nullInputStream(), print, print)
        .run(new String[] {"migrate-store", "--to", target});
    return new Result(exit, output.toString(StandardCharsets.UTF_8));
  }
}
