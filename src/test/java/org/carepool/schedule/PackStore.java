package org.carepool.schedule;

import org.carepool.arrangement.ArrangementService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.carepool.db.Database;
import org.carepool.delivery.PackDelivery;
import org.carepool.db.TestStores;
import org.carepool.delivery.AdminNotifier;
import org.carepool.delivery.Mailer;
import org.carepool.delivery.PackArchive;
import org.carepool.demo.DemoStores;
import org.carepool.finance.IncomeExpenditureService;
import org.carepool.indicators.MappingService;
import org.carepool.indicators.PerformanceService;
import org.carepool.ingest.ImportProgress;
import org.carepool.ingest.Importer;
import org.carepool.report.ReportRenderer;
import org.carepool.report.ReportService;

/** A store holding the demo data, and the parts of scheduled packs around it, for the schedule tests. */
final class PackStore {
  static final List<String> HWB_ARRANGEMENTS = List.of("BCF", "ICES", "IC-JV", "LDP", "MHA");
  private static ReportRenderer renderer;
  private static Database demo;

  private PackStore() {}

  static synchronized ReportRenderer renderer() {
    if (renderer == null) {
      renderer = new ReportRenderer();
    }
    return renderer;
  }

  /**
   * One store with the demo data, shared by the schedule tests; each test keeps apart by its own
   * schedule ids and Quartz scheduler name.
   */
  static synchronized Database demo() {
    if (demo == null) {
      demo = DemoStores.open("schedule-tests");
    }
    return demo;
  }

  static PackDelivery delivery(Database db, Path archive, int smtpPort) {
    Mailer mailer = mailer(smtpPort, 3, Duration.ofMillis(20));
    return delivery(db, archive, mailer, new AdminNotifier(mailer, List.of()), 20L * 1024 * 1024);
  }

  /** Mail through localhost:{@code port}, {@code attempts} tries, {@code backoff} after the first failure. */
  static Mailer mailer(int port, int attempts, Duration backoff) {
    return new Mailer(new Mailer.Settings(Optional.of("localhost"), port, Optional.empty(), Optional.empty(),
        "carepool@test.example", attempts, backoff));
  }

  static PackDelivery delivery(Database db, Path archive, Mailer mailer, AdminNotifier admins, long attachLimit) {
    return new PackDelivery(new ReportService(renderer(), new ArrangementService(db.dsl()), new IncomeExpenditureService(db.dsl()),
        new PerformanceService(db.dsl()), new MappingService(db.dsl()), Clock.systemUTC()),
        new PackArchive(archive), mailer, admins, attachLimit, "http://carepool.example/");
  }

  /** A fresh in-memory store holding the SPEC worked example (board JB, arrangement LB1): quick to load. */
  static Database workedExample() {
    Database db = TestStores.open("jb");
    try {
      new Importer(db, Clock.systemUTC()).load(List.of(Path.of(PackStore.class.getResource("/finance/lb1").toURI())),
          "test", ImportProgress.none());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return db;
  }

  static void writeSchedule(Path folder, String id, String yaml) {
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve(id + ".yaml"), yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
