package org.carepool;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.carepool.audit.Audit;
import org.carepool.demo.DemoData;
import org.carepool.finance.StatementView;
import org.carepool.ingest.ImportProgress;
import org.carepool.report.Format;
import org.carepool.report.ReportId;
import org.carepool.report.ReportRequest;

/**
 * The hidden command {@code warm-up}: the build's training run for the class-data-sharing archive
 * ({@code -XX:ArchiveClassesAtExit=target/carepool.jsa}). It walks the paths whose class loading a
 * start pays for: a store opened and migrated, the server answering a page and {@code /health}, and
 * one I&amp;E PDF rendered; all in a temp folder deleted at the end, on a random port.
 */
final class WarmUp {
  /** The demo's one big file (24 MB), not read by the I&amp;E: left out so that the training run stays short. */
  private static final String ACTIVITY = "activity.csv";

  private WarmUp() {}

  static int run() {
    Path folder = tempFolder();
    try {
      Path demo = demoFinance(folder.resolve("demo"));
      Map<String, String> env = Map.of("CAREPOOL_DATA", folder.resolve("data").toString(), "CAREPOOL_PORT", "0",
          "CAREPOOL_SCHEDULES", folder.resolve("schedules").toString(), "CAREPOOL_SCHEDULER_NAME", "warm-up");
      try (Carepool carepool = Carepool.open(Settings.fromEnvironment(env), Clock.systemDefaultZone())) {
        carepool.importer().load(List.of(demo), Audit.commandLineUser(), ImportProgress.none());
        try (Carepool.Serving web = carepool.serve()) {
          get(web.port(), "/health");
          get(web.port(), "/");
        }
        carepool.reports().render(new ReportRequest(ReportId.INCOME_EXPENDITURE, "BCF", null, YearMonth.of(2025, 9),
            Format.PDF, StatementView.NOW));
      }
      return 0;
    } finally {
      deleteQuietly(folder);
    }
  }

  private static Path demoFinance(Path demo) {
    try {
      Files.createDirectories(demo);
      new DemoData(DemoData.DEFAULT_SEED).write(demo, 1);
      Files.deleteIfExists(demo.resolve(ACTIVITY));
      Files.createDirectories(demo.getParent().resolve("schedules"));
      return demo;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void get(int port, String path) {
    try {
      HttpURLConnection connection = (HttpURLConnection) URI.create("http://localhost:" + port + path).toURL()
          .openConnection();
      try (InputStream body = connection.getResponseCode() < 400 ? connection.getInputStream()
          : connection.getErrorStream()) {
        if (body != null) {
          body.readAllBytes();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path tempFolder() {
    try {
      return Files.createTempDirectory("carepool-warm-up");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a temp folder left behind is harmless; the archive is what matters
    }
  }
}
