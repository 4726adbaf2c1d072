package org.carepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carepool.web.Client;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, finding 2: twenty clients download an I&amp;E CSV while the analyst re-imports spend, over
 * real HTTP. No download or import may fail, each import finishes within three times what it takes on
 * an idle server, and every download shows exactly one data version: the figures of the spend file
 * whose batch it names (two spend files alternate, so a read torn across an import would show the
 * figures of one with the batch of the other). The store holds the demo data's reference files and
 * spend ({@code resilience/finance}, a copy of {@code demo-data} at seed 42 without activity).
 */
@Tag("alone") // its bound is a ratio of two timings: another test JVM beside it would skew one of them
class ImportsBesideDownloadsTest {
  private static final String DOWNLOAD = "/api/reports/income-expenditure?arrangement=BCF&month=2025-09&format=csv";
  private static final Pattern BATCHES = Pattern.compile("(?m)^import_batches,\"?([0-9, ]+)\"?\r?$");
  private static final int CLIENTS = 20;
  private static final int IMPORTS = 6;

  @Test
  void twenty_downloads_beside_repeated_spend_imports_all_succeed_promptly_and_consistently(@TempDir Path dir)
      throws Exception {
    Path data = RunningCarepool.resource("resilience/finance");
    String spendA = Files.readString(data.resolve("spend.csv"));
    String spendB = spendA.replaceFirst("(?m)^(BCF,[^,]+,2025-0[4-9],)([0-9]+)\\.", "$1" + "9$2.");
    assertTrue(!spendA.equals(spendB), "the second spend file differs in a BCF amount of the year");
    try (RunningCarepool app = new RunningCarepool(dir).load(data)) {
      Map<Long, String> versionOfBatch = new ConcurrentHashMap<>();
      Map<String, String> expected = new ConcurrentHashMap<>();
      List<Long> idle = new ArrayList<>();
      for (int i = 0; i < 4; i++) { // the first two warm the server up
        String version = i % 2 == 0 ? "B" : "A";
        long started = System.nanoTime();
        versionOfBatch.put(importSpend(app, version.equals("A") ? spendA : spendB), version);
        idle.add(System.nanoTime() - started);
        expected.put(version, withoutBatches(download(app).body()));
      }
      long idleNanos = Math.max(idle.get(2), idle.get(3));
      assertTrue(!expected.get("A").equals(expected.get("B")), "the two versions give different figures");

      AtomicBoolean importing = new AtomicBoolean(true);
      List<String> failures = Collections.synchronizedList(new ArrayList<>());
      List<Integer> downloads = Collections.synchronizedList(new ArrayList<>());
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      List<Future<?>> running = new ArrayList<>();
      CountDownLatch downloading = new CountDownLatch(CLIENTS);
      for (int c = 0; c < CLIENTS; c++) {
        running.add(clients.submit(() -> {
          while (importing.get()) {
            HttpResponse<String> response = download(app);
            downloads.add(response.statusCode());
            downloading.countDown();
            check(response, versionOfBatch, expected, failures);
          }
        }));
      }
      List<Long> busy = new ArrayList<>();
      try {
        assertTrue(downloading.await(60, TimeUnit.SECONDS), "the clients never got a download before the imports");
        for (int i = 0; i < IMPORTS; i++) {
          String version = i % 2 == 0 ? "A" : "B";
          long started = System.nanoTime();
          versionOfBatch.put(importSpend(app, version.equals("A") ? spendA : spendB), version);
          busy.add(System.nanoTime() - started);
        }
      } finally {
        importing.set(false);
        clients.shutdown();
      }
      for (Future<?> client : running) {
        client.get();
      }
      assertEquals(List.of(), failures, "every download answered 200 with one data version");
      assertTrue(downloads.size() >= CLIENTS, "the clients downloaded throughout: " + downloads.size());
      for (long took : busy) {
        assertTrue(took <= 3 * idleNanos, "an import took " + took / 1_000_000 + " ms beside the downloads, "
            + idleNanos / 1_000_000 + " ms idle; all: " + busy.stream().map(n -> n / 1_000_000).toList());
      }
    }
  }

  private static void check(HttpResponse<String> response, Map<Long, String> versionOfBatch,
      Map<String, String> expected, List<String> failures) {
    if (response.statusCode() != 200) {
      failures.add(response.statusCode() + ": " + response.body().substring(0, Math.min(300, response.body().length())));
      return;
    }
    long spendBatch = lastBatch(response.body());
    String version = versionOfBatch.get(spendBatch);
    if (version == null) {
      return; // the import naming this batch has committed, but its answer is still on its way to the test
    }
    if (!expected.get(version).equals(withoutBatches(response.body()))) {
      failures.add("batch " + spendBatch + " (version " + version + ") with other figures:\n" + response.body());
    }
  }

  private static long importSpend(RunningCarepool app, String spend) {
    Client.Multipart body = Client.multipart().file("files", "spend.csv", "text/csv", spend);
    HttpResponse<String> response = new Client(app.base()).post("/api/imports", body.contentType(), body.bytes(),
        "Authorization", Client.basic("analyst", RunningCarepool.PASSWORD));
    assertEquals(200, response.statusCode(), response.body());
    Matcher batch = Pattern.compile("\"importBatch\":([0-9]+)").matcher(response.body());
    assertTrue(batch.find(), response.body());
    return Long.parseLong(batch.group(1));
  }

  private static HttpResponse<String> download(RunningCarepool app) {
    return app.get(DOWNLOAD, "viewer");
  }

  /** The newest batch feeding the statement: the spend file's, as every other file was loaded before. */
  private static long lastBatch(String csv) {
    Matcher m = BATCHES.matcher(csv);
    if (!m.find()) {
      throw new AssertionError("no import_batches line in\n" + csv);
    }
    String[] ids = m.group(1).split(",\\s*");
    return Long.parseLong(ids[ids.length - 1].trim());
  }

  private static String withoutBatches(String csv) {
    return csv.replaceAll("(?m)^(import_batches|produced_at),.*$", "");
  }
}
