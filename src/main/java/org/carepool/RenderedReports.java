package org.carepool;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Supplier;
import org.carepool.web.ReportFiles;

/**
 * Rendered downloads kept in memory, keyed by report, code, month, format, view and the store's data
 * version: a load, a close, a reopen or commentary changes the version, so a file rendered before it is
 * never handed out after it. Bounded by
 * bytes (least recently used go first); a file asked for by many at once is rendered once.
 */
final class RenderedReports {
  /** What a download is of, with the data version it was rendered at. */
  record Key(ReportFiles.ReportRequest request, String version) {}

  private final Cache<Key, ReportFiles.ReportFile> cache;
  private final Supplier<String> version;
  private final String started = Long.toString(System.currentTimeMillis(), 36);

  RenderedReports(Supplier<String> version, int megabytes, MeterRegistry meters) {
    this.version = version;
    this.cache = Caffeine.newBuilder().maximumWeight(megabytes * 1024L * 1024L)
        .weigher((Key k, ReportFiles.ReportFile f) -> f.content().length).recordStats().build();
    CaffeineCacheMetrics.monitor(meters, cache, "reports");
  }

  /**
   * The file of the data as it is now: from the cache, or rendered (and kept, unless {@code render}
   * finds nothing). The version is read before rendering, so a file is filed under a version no newer
   * than its figures.
   */
  Optional<ReportFiles.ReportFile> get(ReportFiles.ReportRequest request, Supplier<Optional<ReportFiles.ReportFile>> render) {
    return Optional.ofNullable(cache.get(new Key(request, version.get()), k -> render.get().orElse(null)));
  }

  /**
   * A weak entity tag of the download as it would be now: the same while the data version stays, new
   * after a load and after a restart (a new build may render differently).
   */
  String etag(ReportFiles.ReportRequest request) {
    YearMonth month = request.month();
    return "W/\"" + started + "-" + version.get() + "-" + Integer.toHexString(
        (request.report().id() + "|" + request.code() + "|" + month + "|" + request.format().id() + "|"
        + request.asReported()).hashCode()) + "\"";
  }
}
