package org.carepool.web;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.carepool.delivery.AdminNotifier;
import org.carepool.delivery.Mailer;
import org.carepool.delivery.PackArchive;
import org.carepool.report.ReportRenderer;
import org.carepool.report.ReportService;
import org.carepool.delivery.PackDelivery;
import org.carepool.schedule.Schedules;
import org.carepool.schedule.TestSchedules;
import java.util.UUID;
import java.util.function.Supplier;
import org.carepool.arrangement.ArrangementService;
import org.carepool.dashboard.Dashboards;
import org.carepool.audit.Audit;
import org.carepool.audit.AuditEvent;
import org.carepool.db.DataGeneration;
import org.carepool.db.Database;
import org.carepool.db.TestStores;
import org.carepool.ops.Backups;
import org.carepool.ops.Operations;
import org.carepool.finance.IncomeExpenditureService;
import org.carepool.finance.MonthCloses;
import org.carepool.indicators.MappingService;
import org.carepool.indicators.PerformanceService;
import org.carepool.ingest.ImportProgress;
import org.carepool.ingest.ImportWatch;
import org.carepool.ingest.Importer;
import org.carepool.report.Downloads;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import org.carepool.security.Role;
import org.carepool.security.SignIns;
import org.carepool.security.PasswordHasher;
import org.carepool.security.UserAdmin;
import org.carepool.security.UserService;

/**
 * The web slice: a real server on a random port over a fresh in-memory store holding one user per
 * role (password: name + "-password") and the SPEC §4 worked example (arrangement LB1 of board JB)
 * loaded through the real importer.
 *
 * <p>Uploads and downloads go to the real importer and report service; tests of whole journeys are
 * whole-app tests in {@code org.carepool}, on {@code RunningCarepool}.
 */
final class WebFixture implements AutoCloseable {
  final MutableClock clock = new MutableClock();
  final Database database = TestStores.open("t");
  final UserService users = new UserService(database.dsl(),
      new PasswordHasher(PasswordHasher.MINIMUM_COST), clock);
  final Audit audit = new Audit(database.dsl(), clock);
  final SignIns signIns = new SignIns(database.dsl(), users, audit, clock);
  final Schedules schedules;
  final WebServer server;

  WebFixture() {
    this(WebServer.Network.DIRECT);
  }

  /** With what lies between users and carepool: https only, trusted proxies. */
  WebFixture(WebServer.Network network) {
    for (Role role : Role.values()) {
      String name = role.name().toLowerCase();
      users.save(name, role, (name + "-password").toCharArray());
    }
    new Importer(database, clock).load(List.of(workedExample()), "test", ImportProgress.none());
    Path work = temporaryFolder();
    IncomeExpenditureService finance = new IncomeExpenditureService(database.dsl());
    Mailer noMail = new Mailer(new Mailer.Settings(Optional.empty(), 25, Optional.empty(), Optional.empty(),
        "carepool@test.example", 1, Duration.ofMillis(1)));
    PerformanceService performance = new PerformanceService(database.dsl());
    MappingService mapping = new MappingService(database.dsl());
    ReportService reports = new ReportService(new ReportRenderer(), new ArrangementService(database.dsl()), finance, performance, mapping, clock);
    PackDelivery delivery = new PackDelivery(reports, new PackArchive(work.resolve("packs")), noMail, new AdminNotifier(noMail, List.of()), 1024 * 1024,
        "http://localhost");
    schedules = TestSchedules.of(database, new Schedules.Config(work.resolve("schedules"), "web-" + UUID.randomUUID(), 1),
        delivery, clock);
    Importer importer = new Importer(database, clock);
    MonthCloses closes = new MonthCloses(database.dsl(), audit, clock);
    Supplier<String> dataVersion = () -> Long.toString(DataGeneration.current(database.dsl()));
    server = new WebServer(new WebServer.Services(users, signIns, new UserAdmin(users, signIns, audit), audit,
        new ArrangementService(database.dsl()), finance, performance, mapping, importer, new ImportWatch(importer),
        new Downloads(reports, audit, database.gate(), dataVersion, 16,
            new CompositeMeterRegistry(), clock),
        schedules, closes,
        new Dashboards(database.dsl(), new ArrangementService(database.dsl()), finance, performance, schedules,
            dataVersion)), network, new BackupsOnly(new Backups(database, work.resolve("packs"), clock)))
        .start(0);
  }

  /** Operations with real backups (of this store, into a fresh folder), and neither metrics nor checks. */
  private record BackupsOnly(Backups backups) implements Operations {
    @Override
    public void requestServed(String method, String route, int status, long nanos) {}

    @Override
    public String metrics() {
      return "";
    }

    @Override
    public boolean metricsToken(String token) {
      return false;
    }

    @Override
    public Readiness readiness() {
      return new Readiness(java.util.Map.of());
    }

    @Override
    public boolean controlToken(String token) {
      return false;
    }

    @Override
    public BackupMade backup(Optional<Path> out) {
      Backups.Made made = backups.make(out.orElseGet(() -> temporaryFolder().resolve("backup")));
      return new BackupMade(made.folder().toString(), made.at().toString(), made.packFiles());
    }
  }

  private static Path temporaryFolder() {
    try {
      return java.nio.file.Files.createTempDirectory("web-fixture");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Path workedExample() {
    try {
      return Path.of(WebFixture.class.getResource("/finance/lb1").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  String base() {
    return "http://localhost:" + server.port();
  }

  List<AuditEvent> auditEvents() {
    return audit.latest(1000);
  }

  boolean audited(String action, String actor) {
    return auditEvents().stream().anyMatch(e -> e.action().equals(action) && e.actor().equals(actor));
  }

  @Override
  public void close() {
    server.stop();
    schedules.close();
    database.close();
  }
}
