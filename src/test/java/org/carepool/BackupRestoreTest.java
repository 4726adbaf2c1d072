package org.carepool;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A backup made by the {@code backup} command while the server runs (through the server), restored
 * with {@code restore} into an empty data folder, serves the same figures, users, schedules, runs and
 * archived packs; a restore into a folder holding anything is refused.
 */
class BackupRestoreTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> COMPARED = List.of("/api/arrangements",
      "/api/arrangements/LB1/income-expenditure?month=2025-09", "/api/schedules", "/api/schedules/jb-monthly/runs",
      "/api/packs");
  /** A named scheduler, kept across the restore as an operator keeps CAREPOOL_SCHEDULER_NAME. */
  private static final Map<String, String> ENV = Map.of("CAREPOOL_MAIL_ATTEMPTS", "1",
      "CAREPOOL_SCHEDULER_NAME", "backup-test");

  @Test
  void a_backup_taken_while_serving_restores_into_an_empty_folder_with_everything_identical() throws Exception {
    Path data = RunningCarepool.tempDir();
    Path backup = RunningCarepool.tempDir().resolve("nightly-copy");
    Map<String, String> before = new LinkedHashMap<>();
    byte[] packBefore;
    try (RunningCarepool app = new RunningCarepool(data, ENV).load(RunningCarepool.resource("finance/lb1"))) {
      app.send("POST", "/api/schedules", "admin", """
          {"id": "jb-monthly", "board": "JB", "reports": ["income-expenditure"], "cron": "0 0 7 7 * ?",
           "formats": ["pdf"], "recipients": ["board@example.org"]}
          """);
      app.send("POST", "/api/schedules/jb-monthly/run", "admin", "");
      long run = awaitEndedRun(app);
      for (String path : COMPARED) {
        before.put(path, app.get(path, "admin").body());
      }
      packBefore = app.getBytes("/api/packs/" + run, "viewer").body();
      assertTrue(packBefore.length > 1000, "no archived pack to back up");

      Command backupCommand = command(Map.of("CAREPOOL_DATA", data.toString()), "backup", "--out", backup.toString());
      assertEquals(0, backupCommand.status, backupCommand.err);
      assertTrue(backupCommand.out.contains("backup made by the running server in " + backup), backupCommand.out);
      assertEquals(400, app.send("POST", "/api/backups?out=/tmp/anywhere", "admin", "").statusCode(),
          "an admin over HTTP chose where the server writes");
    }

    Path restored = RunningCarepool.tempDir().resolve("restored");
    Command restore = command(Map.of("CAREPOOL_DATA", restored.toString()), "restore", backup.toString());
    assertEquals(0, restore.status, restore.err);
    try (RunningCarepool app = RunningCarepool.onStoreIn(restored, ENV)) {
      for (String path : COMPARED) {
        assertEquals(JSON.readTree(before.get(path)), JSON.readTree(app.get(path, "admin").body()), path);
      }
      for (String user : List.of("viewer", "analyst", "admin")) {
        assertEquals(200, app.get("/api/arrangements", user).statusCode(), user + " cannot sign in after the restore");
      }
      long run = JSON.readTree(before.get("/api/packs")).get(0).get("id").asLong();
      assertArrayEquals(packBefore, app.getBytes("/api/packs/" + run, "viewer").body());
    }
  }

  @Test
  void restore_refuses_a_data_folder_that_holds_anything_and_backup_refuses_a_full_target() throws Exception {
    Path full = RunningCarepool.tempDir();
    Files.writeString(full.resolve("notes.txt"), "mine");
    Path backup = RunningCarepool.tempDir();
    Files.createDirectories(backup.resolve("store"));
    Command restore = command(Map.of("CAREPOOL_DATA", full.toString()), "restore", backup.toString());
    assertEquals(2, restore.status);
    assertTrue(restore.err.contains("CAREPOOL_DATA: " + full + " is not empty"), restore.err);
    assertEquals("mine", Files.readString(full.resolve("notes.txt")));

    Path data = RunningCarepool.tempDir().resolve("stopped");
    Command stopped = command(Map.of("CAREPOOL_DATA", data.toString()), "backup", "--out", full.toString());
    assertEquals(2, stopped.status);
    assertTrue(stopped.err.contains("--out: " + full + " is not empty"), stopped.err);
  }

  private static long awaitEndedRun(RunningCarepool app) throws Exception {
    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline) {
      JsonNode runs = JSON.readTree(app.get("/api/schedules/jb-monthly/runs", "admin").body());
      if (runs.size() > 0 && !List.of("RUNNING", "SENDING").contains(runs.get(0).get("outcome").asText())) {
        return runs.get(0).get("id").asLong();
      }
      Thread.sleep(300);
    }
    throw new AssertionError("the run did not end");
  }

  private record Command(int status, String out, String err) {}

  private static Command command(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new Commands(env, InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    return new Command(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
