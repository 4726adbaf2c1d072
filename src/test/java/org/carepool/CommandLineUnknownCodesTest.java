package org.carepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every command given a code, name or value that does not exist exits non-zero with one sentence
 * naming it: never a stack trace, never the catch-all "failed … details in the log" of a defect.
 */
class CommandLineUnknownCodesTest {
  private static final String MONTH = "2025-09";

  /** Arguments, the exit status expected (2: what was typed is wrong; 1: it names nothing held) and what the sentence says. */
  private record Case(List<String> args, int status, String says) {}

  @Test
  void every_command_names_an_unknown_code_in_a_sentence_and_exits_non_zero() throws IOException {
    Path store = Files.createTempDirectory("carepool-cli-unknown");
    Map<String, String> env = Map.of("CAREPOOL_DATA", store.toString());
    String out = store.resolve("out.pdf").toString();
    assertEquals(0, run(env, "import", RunningCarepool.resource("finance/lb1").toString()).status());
    List<Case> cases = List.of(
        new Case(List.of("render", "income-expenditure", "--arrangement", "NOPE", "--month", MONTH, "--format", "pdf", "--out", out),
            1, "There is no arrangement 'NOPE'"),
        new Case(List.of("render", "performance", "--arrangement", "NOPE", "--month", MONTH, "--format", "pdf", "--out", out),
            1, "There is no arrangement 'NOPE'"),
        new Case(List.of("render", "spend-mapping", "--board", "NOPE", "--month", MONTH, "--format", "pdf", "--out", out),
            1, "There is no board 'NOPE'"),
        new Case(List.of("render", "board-pack", "--board", "NOPE", "--month", MONTH, "--format", "pdf", "--out", out),
            1, "There is no board 'NOPE'"),
        new Case(List.of("render", "spend-mapping", "--arrangement", "LB1", "--month", MONTH, "--format", "pdf", "--out", out),
            2, "report spend-mapping needs a board"),
        new Case(List.of("render", "NOPE", "--board", "JB", "--month", MONTH, "--format", "pdf", "--out", out),
            2, "'NOPE' is not a report"),
        new Case(List.of("render", "income-expenditure", "--arrangement", "LB1", "--month", MONTH, "--format", "NOPE", "--out", out),
            2, "--format: 'NOPE'"),
        new Case(List.of("render", "income-expenditure", "--arrangement", "LB1", "--month", "NOPE", "--format", "pdf", "--out", out),
            2, "--month: 'NOPE'"),
        new Case(List.of("user", "someone", "--role", "NOPE"), 2, "--role: 'NOPE' is not a role"),
        new Case(List.of("import", store.resolve("NOPE.csv").toString()), 1, "NOPE.csv"),
        new Case(List.of("restore", store.resolve("NOPE").toString()), 2, "NOPE"),
        new Case(List.of("NOPE"), 2, "unknown command 'NOPE'"));

    List<String> wrong = new ArrayList<>();
    for (Case c : cases) {
      Ran ran = run(env, c.args().toArray(String[]::new));
      String text = ran.output();
      if (ran.status() != c.status() || !text.contains(c.says()) || text.contains("Exception") || text.contains("\tat ")
          || text.contains("details in the log")) {
        wrong.add(String.join(" ", c.args()) + " -> " + ran.status() + ": " + text);
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    assertFalse(Files.exists(Path.of(out)), "nothing was written for an unknown code");
  }

  private record Ran(int status, String output) {}

  private static Ran run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    int status = new Commands(env, new ByteArrayInputStream("a-password-long-enough\n".getBytes(StandardCharsets.UTF_8)),
        print, print).run(args);
    return new Ran(status, out.toString(StandardCharsets.UTF_8));
  }
}
