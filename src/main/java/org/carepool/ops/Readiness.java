package org.carepool.ops;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the parts carepool needs are working: each named check answers empty when its part works,
 * or why not. Checks run side by side, each bounded by a time-out (a store whose connections are all
 * taken must not hang the probe); a check that overruns is not interrupted, since it may be in Derby I/O.
 */
public final class Readiness implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Readiness.class);

  /** One part's check: empty when it works, otherwise the reason. */
  public interface Check extends Supplier<Optional<String>> {}

  /** Each part's state, {@code UP} or {@code DOWN: reason}, in the order the checks were given. */
  public record Report(Map<String, String> parts) {
    public boolean ready() {
      return parts.values().stream().allMatch("UP"::equals);
    }

    public java.util.List<String> failing() {
      return parts.entrySet().stream().filter(e -> !e.getValue().equals("UP")).map(Map.Entry::getKey).toList();
    }
  }

  private final Map<String, Check> checks;
  private final Duration timeout;
  private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "carepool-readiness");
    t.setDaemon(true);
    return t;
  });

  public Readiness(Map<String, Check> checks, Duration timeout) {
    this.checks = new LinkedHashMap<>(checks);
    this.timeout = timeout;
  }

  public Report check() {
    Map<String, CompletableFuture<Optional<String>>> running = new LinkedHashMap<>();
    checks.forEach((name, check) -> running.put(name, CompletableFuture.supplyAsync(check, pool)));
    Map<String, String> parts = new LinkedHashMap<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    running.forEach((name, future) -> parts.put(name, outcome(name, future, deadline)));
    return new Report(parts);
  }

  private String outcome(String name, CompletableFuture<Optional<String>> future, long deadline) {
    String problem;
    try {
      problem = future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS).orElse(null);
    } catch (TimeoutException e) {
      problem = "no answer within " + timeout.toMillis() + " ms";
    } catch (ExecutionException e) {
      problem = String.valueOf(e.getCause().getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      problem = "interrupted";
    }
    if (problem == null) {
      return "UP";
    }
    log.warn("Not ready: {}: {}", name, problem);
    return "DOWN: " + problem;
  }

  @Override
  public void close() {
    pool.shutdown();
  }
}
