package org.carepool.report;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.function.Supplier;

/**
 * Rendered downloads kept in memory, keyed by what was asked for and the store's data version: a
 * load, a close, a reopen or commentary changes the version, so a file rendered before it is never
 * handed out after it. Bounded by bytes (least recently used go first); a file asked for by many at
 * once is rendered once.
 */
final class RenderedReports {
  /** What a download is of, with the data version it was rendered at. */
  private record Key(FileRequest request, String version) {}

  private final Cache<Key, RenderedReport> cache;
  private final Supplier<String> version;
  private final String started;

  RenderedReports(Supplier<String> version, int megabytes, MeterRegistry meters, String started) {
    this.version = version;
    this.started = started;
    this.cache = Caffeine.newBuilder().maximumWeight(megabytes * 1024L * 1024L)
        .weigher((Key k, RenderedReport f) -> f.content().length).recordStats().build();
    CaffeineCacheMetrics.monitor(meters, cache, "reports");
  }

  /**
   * The file of the data as it is now: from the cache, or rendered and kept. The version is read
   * before rendering, so a file is filed under a version no newer than its figures.
   */
  RenderedReport get(FileRequest request, Supplier<RenderedReport> render) {
    return cache.get(new Key(request, version.get()), k -> render.get());
  }

  /**
   * A weak entity tag of the download as it would be now: the same while the data version stays, new
   * after a load and after a restart (a new build may render differently).
   */
  String etag(FileRequest request) {
    return "W/\"" + started + "-" + version.get() + "-" + Integer.toHexString(request.describe().hashCode()) + "\"";
  }
}
