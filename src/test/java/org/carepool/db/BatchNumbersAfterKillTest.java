package org.carepool.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.carepool.ingest.ImportProgress;
import org.carepool.ingest.ImportResult;
import org.carepool.ingest.Importer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, finding 10: import batch numbers carry on from where they were after carepool is killed
 * (a real second JVM, SIGKILL), instead of jumping by Derby's preallocated 100, which reads as missing
 * batches in the history.
 */
class BatchNumbersAfterKillTest {
  @TempDir
  Path work;

  @Test
  void batch_numbers_carry_on_without_a_gap_after_a_kill() throws Exception {
    Path folder = work.resolve("csv");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("organisations.csv"), "code,name,kind\nICB,NHS Westshire ICB,NHS_COMMISSIONER\n");
    Path data = work.resolve("data");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "-Dderby.stream.error.file=" + work.resolve("child-derby.log"),
        KilledImportChild.class.getName(), data.toString(), folder.toString(), "organisations.csv", "stay")
        .redirectErrorStream(true).start();
    List<String> output = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null && !line.equals("RELOADED"); line = lines.readLine()) {
        output.add(line);
      }
    } finally {
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    assertTrue(output.contains("LOADED"), String.join("\n", output));

    try (Database reopened = Database.open(Database.embeddedUrl(data))) {
      ImportResult next = new Importer(reopened, Clock.systemUTC())
          .load(List.of(folder.resolve("organisations.csv")), "test", ImportProgress.none());
      assertEquals(3, next.files().get(0).importBatch(), "batches 1 and 2 were loaded before the kill");
    }
  }
}
