package org.carepool.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Not a test (issue 15). Runs the packaged jar as an operator would, each step its own process: writes
 * the Westshire demo data and a board {@code BIG40} of 40 arrangements (eight copies of the demo's five),
 * loads both with {@code import}, makes a viewer with {@code user}, and starts {@code serve} with
 * {@code -Xmx512m}. Then, over HTTP:
 * <ol>
 *   <li>the 40-arrangement pack PDF, first once (cold JVM) and then for five other months (warm JVM,
 *       nothing cached: each month is a new file);</li>
 *   <li>50 concurrent mixed downloads (I&amp;E, performance, spend mapping, the demo board's pack) of
 *       arrangements and months drawn with a fixed seed, twice: the first round renders, the second
 *       asks for the same files again;</li>
 *   <li>the 40-arrangement pack for five more months, the JIT settled.</li>
 * </ol>
 * Prints errors (any answer but 200), median, p95 and max per round, and the server's peak resident
 * memory (VmHWM). See docs/benchmarks.md. Arguments: {@code [jar] [heap]}, default
 * {@code target/carepool.jar 512m}.
 */
public final class DownloadBenchmark {
  private static final List<String> DEMO = List.of("BCF", "ICES", "IC-JV", "LDP", "MHA");
  private static final String PASSWORD = "bench-password-1";
  private static final String PACK40 = "/api/reports/board-pack?board=BIG40&format=pdf&month=";
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args.length > 0 ? args[0] : "target/carepool.jar").toAbsolutePath();
    String heap = args.length > 1 ? args[1] : "512m";
    Path work = Files.createTempDirectory("carepool-downloads");
    Path data = work.resolve("data");
    run(jar, data, null, "demo-data", "--out", work.resolve("demo").toString());
    BigBoard.write(work.resolve("demo"), work.resolve("big"), 40);
    run(jar, data, null, "import", work.resolve("demo").toString());
    run(jar, data, null, "import", work.resolve("big").toString());
    run(jar, data, PASSWORD + "\n", "user", "bench", "--role", "VIEWER");
    int port = freePort();
    Process server = serve(jar, data, work, port, heap);
    try {
      String base = "http://localhost:" + port;
      awaitHealth(base);
      pack40(base);
      List<String> mixed = mixed(50, new Random(15));
      round("round 1 (rendering)", base, mixed);
      round("round 2 (same files again)", base, mixed);
      settledPack40(base);
      System.out.printf(Locale.ROOT, "server peak resident memory (VmHWM): %s%n", peakRss(server.pid()));
    } finally {
      server.destroy();
      server.waitFor();
      System.out.println("work folder (delete when done): " + work);
    }
  }

  private static void pack40(String base) throws Exception {
    Result cold = get(base, PACK40 + "2026-10");
    System.out.printf(Locale.ROOT, "40-arrangement pack, cold JVM: %d ms, status %d, %,d bytes%n", cold.millis,
        cold.status, cold.bytes);
    List<Long> warm = new ArrayList<>();
    for (String month : List.of("2026-09", "2026-08", "2026-07", "2026-06", "2026-05")) {
      Result r = get(base, PACK40 + month);
      warm.add(r.millis);
      System.out.printf(Locale.ROOT, "  warm %s: %d ms, status %d, %,d bytes%n", month, r.millis, r.status, r.bytes);
    }
    System.out.printf(Locale.ROOT, "40-arrangement pack, warm median: %d ms%n", percentile(warm, 50));
  }

  /**
   * Five more months of the 40-arrangement pack, after the rounds: packs 2-6 above still share the cores
   * with the JIT compilers, and these show what a server that has been running a while takes.
   */
  private static void settledPack40(String base) throws Exception {
    List<Long> settled = new ArrayList<>();
    for (String month : List.of("2026-04", "2026-03", "2026-02", "2026-01", "2025-12")) {
      settled.add(get(base, PACK40 + month).millis);
    }
    System.out.printf(Locale.ROOT, "40-arrangement pack, settled median (packs 7-11, after the rounds): %d ms %s%n",
        percentile(settled, 50), settled);
  }

  /** {@code count} downloads: a quarter each of I&amp;E, performance, spend mapping and the demo board's pack. */
  private static List<String> mixed(int count, Random random) {
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String month = YearMonth.of(2025, 4).plusMonths(random.nextInt(19)).toString();
      String arrangement = DEMO.get(random.nextInt(DEMO.size()));
      paths.add(switch (i % 4) {
        case 0 -> "/api/reports/income-expenditure?arrangement=" + arrangement + "&format=pdf&month=" + month;
        case 1 -> "/api/reports/performance?arrangement=" + arrangement + "&format=pdf&month=" + month;
        case 2 -> "/api/reports/spend-mapping?board=HWB&format=pdf&month=" + month;
        default -> "/api/reports/board-pack?board=HWB&format=pdf&month=" + month;
      });
    }
    return paths;
  }

  private static void round(String name, String base, List<String> paths) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(paths.size());
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Result>> futures = new ArrayList<>();
    for (String path : paths) {
      futures.add(pool.submit(() -> {
        go.await();
        return get(base, path);
      }));
    }
    long start = System.nanoTime();
    go.countDown();
    List<Long> millis = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (int i = 0; i < futures.size(); i++) {
      Result r = futures.get(i).get();
      millis.add(r.millis);
      if (r.status != 200) {
        errors.add(r.status + " " + paths.get(i));
      }
    }
    long wall = (System.nanoTime() - start) / 1_000_000;
    pool.shutdown();
    System.out.printf(Locale.ROOT, "%s: %d downloads, %d errors, median %d ms, p95 %d ms, max %d ms, all done in %d ms%n",
        name, paths.size(), errors.size(), percentile(millis, 50), percentile(millis, 95), percentile(millis, 100), wall);
    errors.forEach(e -> System.out.println("  error: " + e));
  }

  private record Result(int status, long bytes, long millis) {}

  private static Result get(String base, String path) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("bench:" + PASSWORD)
            .getBytes(StandardCharsets.UTF_8))).build();
    long start = System.nanoTime();
    try {
      HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Result(response.statusCode(), response.body().length, (System.nanoTime() - start) / 1_000_000);
    } catch (IOException e) {
      return new Result(-1, 0, (System.nanoTime() - start) / 1_000_000);
    }
  }

  static long percentile(List<Long> values, int p) {
    List<Long> sorted = values.stream().sorted().toList();
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  private static void run(Path jar, Path data, String stdin, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("CAREPOOL_DATA", data.toString());
    Process p = builder.start();
    if (stdin != null) {
      p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", args) + " failed:\n" + out);
    }
  }

  private static Process serve(Path jar, Path data, Path work, int port, String heap) throws IOException {
    ProcessBuilder builder = new ProcessBuilder("java", "-Xmx" + heap, "-jar", jar.toString(), "serve")
        .redirectErrorStream(true).redirectOutput(work.resolve("server.log").toFile());
    Map<String, String> env = builder.environment();
    env.put("CAREPOOL_DATA", data.toString());
    env.put("CAREPOOL_PORT", Integer.toString(port));
    env.put("CAREPOOL_SCHEDULES", work.resolve("no-schedules").toString());
    return builder.start();
  }

  private static void awaitHealth(String base) throws Exception {
    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline) {
      try {
        if (HTTP.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        Thread.sleep(200);
      }
    }
    throw new IllegalStateException("the server did not answer /health within 2 minutes");
  }

  private static String peakRss(long pid) {
    try {
      return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmHWM"))
          .map(l -> l.substring(6).strip()).findFirst().orElse("unknown");
    } catch (IOException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
