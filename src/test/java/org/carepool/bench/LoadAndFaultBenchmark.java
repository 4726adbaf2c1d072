package org.carepool.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 16's load-and-fault benchmark (not a test): a real carepool server in a JVM of its own on an
 * on-disk store holding the demo's finance files; 20 clients download the I&amp;E (CSV and PDF) while
 * an analyst re-imports spend every two seconds; half-way the server is killed (SIGKILL) and started
 * again. Prints the answers by kind (5xx must be none; refused connections are counted apart, and only
 * while the server is down), download latency (p50, p95, max), import times, and the recovery time
 * (kill to the first good download). Run: bench/load-and-fault.sh [SECONDS_EACH_HALF].
 */
public final class LoadAndFaultBenchmark {
  private static final String PASSWORD = "bench-password-1";
  private static final int CLIENTS = 20;
  private static final List<String> DOWNLOADS = List.of(
      "/api/reports/income-expenditure?arrangement=BCF&month=2025-09&format=csv",
      "/api/reports/income-expenditure?arrangement=LDP&month=2025-09&format=pdf",
      "/api/arrangements/ICES/income-expenditure?month=2025-09");

  private final Path work;
  private final int port;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
  private final List<Long> imports = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, AtomicLong> answers = new ConcurrentHashMap<>();
  private final AtomicBoolean down = new AtomicBoolean();
  private Process server;

  private LoadAndFaultBenchmark(Path work, int port) {
    this.work = work;
    this.port = port;
  }

  public static void main(String[] args) throws Exception {
    int half = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    Path work = Files.createTempDirectory("carepool-fault-bench");
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    try {
      new LoadAndFaultBenchmark(work, port).run(half);
    } finally {
      Runtime.getRuntime().exec(new String[] {"rm", "-rf", work.toString()}).waitFor();
    }
  }

  private void run(int halfSeconds) throws Exception {
    Path finance = copyFinance();
    command(null, "import", finance.toString());
    command(PASSWORD + "\n", "user", "viewer", "--role", "VIEWER");
    command(PASSWORD + "\n", "user", "analyst", "--role", "ANALYST");
    server = start();
    awaitUp(Duration.ofMinutes(2));
    byte[] spend = Files.readAllBytes(finance.resolve("spend.csv"));

    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      pool.submit(() -> download(running, client));
    }
    pool.submit(() -> reimport(running, spend));
    Thread.sleep(halfSeconds * 1000L);
    long killed = System.nanoTime();
    down.set(true);
    server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    server = start();
    awaitUp(Duration.ofMinutes(5));
    long upAgain = System.nanoTime();
    down.set(false);
    long recovered = awaitGoodDownload();
    Thread.sleep(halfSeconds * 1000L);
    running.set(false);
    pool.shutdown();
    pool.awaitTermination(2, TimeUnit.MINUTES);
    server.destroy();
    server.waitFor(60, TimeUnit.SECONDS);
    report(ms(upAgain - killed), ms(recovered - killed));
  }

  private void download(AtomicBoolean running, int client) {
    int i = client;
    while (running.get()) {
      String path = DOWNLOADS.get(i++ % DOWNLOADS.size());
      long started = System.nanoTime();
      try {
        HttpResponse<byte[]> response = http.send(request(path, "viewer").GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
        count(response.statusCode() / 100 + "xx");
        if (response.statusCode() == 200) {
          latencies.add(System.nanoTime() - started);
        }
      } catch (IOException e) {
        count(down.get() ? "refused while the server was down" : "connection error while up");
        sleep(200);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void reimport(AtomicBoolean running, byte[] spend) {
    String boundary = "benchBoundary42";
    byte[] body = concat(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"spend.csv\""
        + "\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8), spend,
        ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    while (running.get()) {
      long started = System.nanoTime();
      try {
        HttpResponse<String> response = http.send(request("/api/imports", "analyst")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        count("import " + response.statusCode());
        if (response.statusCode() == 200) {
          imports.add(System.nanoTime() - started);
        }
      } catch (IOException e) {
        count(down.get() ? "import refused while the server was down" : "import connection error while up");
      } catch (InterruptedException e) {
        return;
      }
      sleep(2000);
    }
  }

  private void report(long upMillis, long recoveredMillis) {
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    List<Long> importTimes = new ArrayList<>(imports);
    Collections.sort(importTimes);
    System.out.println("carepool load-and-fault benchmark: " + CLIENTS + " download clients, spend re-imported every 2 s,"
        + " server killed (SIGKILL) and restarted half-way");
    System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
        + System.getProperty("java.version") + ", " + System.getProperty("os.name"));
    new java.util.TreeMap<>(answers).forEach((kind, n) -> System.out.printf("  %-45s %,8d%n", kind, n.get()));
    System.out.printf("downloads: %,d good; latency p50 %d ms, p95 %d ms, max %d ms%n", sorted.size(),
        ms(at(sorted, 0.50)), ms(at(sorted, 0.95)), ms(at(sorted, 1.0)));
    System.out.printf("imports: %,d good; median %d ms, max %d ms%n", importTimes.size(), ms(at(importTimes, 0.5)),
        ms(at(importTimes, 1.0)));
    System.out.printf("recovery: health UP %d ms after the kill, first good download %d ms after it%n", upMillis,
        recoveredMillis);
  }

  private Path copyFinance() throws Exception {
    Path finance = work.resolve("finance");
    Files.createDirectories(finance);
    for (String name : List.of("organisations", "boards", "localities", "arrangements", "arrangement_localities",
        "schemes", "budgets", "contributions", "forecasts", "agreed_shares", "spend")) {
      try (InputStream in = LoadAndFaultBenchmark.class.getResourceAsStream("/resilience/finance/" + name + ".csv")) {
        Files.copy(in, finance.resolve(name + ".csv"));
      }
    }
    return finance;
  }

  private ProcessBuilder carepool(String... args) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        "-Dderby.stream.error.file=" + work.resolve("derby.log"), "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
        "org.carepool.Main"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("CAREPOOL_DATA", work.resolve("data").toString());
    builder.environment().put("CAREPOOL_PORT", String.valueOf(port));
    builder.environment().put("CAREPOOL_SCHEDULES", work.resolve("schedules").toString());
    return builder;
  }

  private void command(String stdin, String... args) throws Exception {
    Process process = carepool(args).redirectErrorStream(true).start();
    if (stdin != null) {
      process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", args) + " failed:\n" + output);
    }
  }

  private Process start() throws IOException {
    return carepool("serve").redirectErrorStream(true).redirectOutput(work.resolve("server.log").toFile()).start();
  }

  private void awaitUp(Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (http.send(request("/health", null).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(100);
    }
    String log;
    try {
      log = Files.readString(work.resolve("server.log"));
    } catch (IOException e) {
      log = "(no server log)";
    }
    throw new IllegalStateException("the server did not come up within " + limit + ":\n" + log);
  }

  private long awaitGoodDownload() throws Exception {
    while (true) {
      try {
        if (http.send(request(DOWNLOADS.get(0), "viewer").GET().build(), HttpResponse.BodyHandlers.discarding())
            .statusCode() == 200) {
          return System.nanoTime();
        }
      } catch (IOException notYet) {
        // keep trying
      }
      Thread.sleep(50);
    }
  }

  private HttpRequest.Builder request(String path, String user) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofMinutes(2));
    if (user != null) {
      builder.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    return builder;
  }

  private void count(String kind) {
    answers.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
  }

  private static long at(List<Long> sorted, double quantile) {
    return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1));
  }

  private static long ms(long nanos) {
    return TimeUnit.NANOSECONDS.toMillis(nanos);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      all.writeBytes(part);
    }
    return all.toByteArray();
  }
}
