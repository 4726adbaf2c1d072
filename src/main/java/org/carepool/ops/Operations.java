package org.carepool.ops;

import java.util.List;
import java.util.Map;

/**
 * What the web serves for operations (metrics, readiness, backups), implemented by {@link ServerOperations}:
 * the web layer times each request by its route and serves what this gives, knowing nothing of Micrometer.
 */
public interface Operations {

  /** Records one answered request; {@code route} is the route template (e.g. {@code /api/packs/{id}}), never the raw path. */
  void requestServed(String method, String route, int status, long nanos);

  /** Every meter in the Prometheus text format. */
  String metrics();

  /** Whether {@code token} is the metrics bearer token ({@code CAREPOOL_METRICS_TOKEN}); false when none is set. */
  boolean metricsToken(String token);

  /** Whether {@code token} is the control token the server wrote beside the store for the {@code backup} command. */
  boolean controlToken(String token);

  /** A backup of the store and pack archive: into {@code out} (the {@code backup} command's choice), or a new folder of the backups folder. */
  BackupMade backup(java.util.Optional<java.nio.file.Path> out);

  record BackupMade(String folder, String at, long packFiles) {}

  /** Each part carepool needs, {@code UP} or {@code DOWN: reason}. */
  Readiness readiness();

  record Readiness(Map<String, String> parts) {
    public boolean ready() {
      return parts.values().stream().allMatch("UP"::equals);
    }

    public List<String> failing() {
      return parts.entrySet().stream().filter(e -> !e.getValue().equals("UP")).map(Map.Entry::getKey).toList();
    }
  }
}
