package org.carepool;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.util.concurrent.atomic.AtomicReference;
import org.carepool.ops.Backups;
import org.carepool.ops.ControlFile;
import org.carepool.ops.Metrics;
import org.carepool.ops.NightlyBackup;
import org.carepool.ops.Readiness;
import org.carepool.ops.ServerOperations;
import org.carepool.arrangement.ArrangementService;
import org.carepool.dashboard.Dashboards;
import org.carepool.audit.Audit;
import org.carepool.db.DataGeneration;
import org.carepool.db.Database;
import org.carepool.delivery.AdminNotifier;
import org.carepool.delivery.Mailer;
import org.carepool.delivery.PackArchive;
import org.carepool.finance.IncomeExpenditureService;
import org.carepool.finance.MonthCloses;
import org.carepool.indicators.MappingService;
import org.carepool.indicators.PerformanceService;
import org.carepool.demo.DemoSetup;
import org.carepool.ingest.ImportProgress;
import org.carepool.ingest.ImportWatch;
import org.carepool.ingest.Importer;
import org.carepool.report.Downloads;
import org.carepool.report.ReportRenderer;
import org.carepool.report.ReportService;
import org.carepool.schedule.PackCloses;
import org.carepool.delivery.DeliveryQueue;
import org.carepool.delivery.PackDelivery;
import org.carepool.delivery.PackLinks;
import org.carepool.delivery.PackMails;
import org.carepool.delivery.PackRetention;
import org.carepool.delivery.PackSender;
import org.carepool.schedule.InstanceRepository;
import org.carepool.schedule.PackHistory;
import org.carepool.schedule.PackRunner;
import org.carepool.schedule.QuartzSchedules;
import org.carepool.schedule.RunRepository;
import org.carepool.schedule.RunWatch;
import org.carepool.schedule.ScheduleBook;
import org.carepool.schedule.ScheduleRepository;
import org.carepool.schedule.Schedules;
import org.carepool.schedule.WorkingDays;
import org.carepool.security.PasswordHasher;
import org.carepool.security.SignIns;
import org.carepool.security.UserAdmin;
import org.carepool.security.UserService;
import org.carepool.web.WebServer;
import org.jooq.DSLContext;

/**
 * The composition root: builds every component with {@code new} and hands each the
 * values and collaborators it needs. Nothing else in carepool wires anything.
 */
final class Carepool implements AutoCloseable {
  private final Settings settings;
  private final Database database;
  private final UserService users;
  private final Audit audit;
  private final SignIns signIns;
  private final ArrangementService arrangements;
  private final IncomeExpenditureService incomeExpenditure;
  private final MonthCloses closes;
  private final Importer importer;
  private final UserAdmin userAdmin;
  private final ReportService reports;
  private final Clock clock;
  private final PerformanceService performance;
  private final MappingService mapping;
  /** Empty for a command; the server adds its Prometheus registry, which then gets every meter made before. */
  private final CompositeMeterRegistry meters = new CompositeMeterRegistry();

  private Carepool(Settings settings, Database database, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    this.database = database;
    this.users = new UserService(database.dsl(), new PasswordHasher(settings.passwordCost()), clock);
    this.audit = new Audit(database.dsl(), clock);
    this.signIns = new SignIns(database.dsl(), users, audit, clock);
    this.arrangements = new ArrangementService(database.dsl());
    this.incomeExpenditure = new IncomeExpenditureService(database.dsl());
    this.closes = new MonthCloses(database.dsl(), audit, clock);
    this.importer = new Importer(database, clock, audit, meters);
    this.userAdmin = new UserAdmin(users, signIns, audit);
    this.performance = new PerformanceService(database.dsl());
    this.mapping = new MappingService(database.dsl());
    this.reports = new ReportService(new ReportRenderer(), arrangements, incomeExpenditure, performance, mapping, clock, meters);
  }

  static Carepool open(Settings settings, Clock clock) {
    return new Carepool(settings, Database.open(settings.dbUrl(), settings.dbLogin()), clock);
  }

  /** The store, e.g. for a readiness check through {@link Database#probe()}. */
  Database database() {
    return database;
  }

  UserService users() {
    return users;
  }

  Audit audit() {
    return audit;
  }

  ReportService reports() {
    return reports;
  }

  /** The importer, which records every load in the audit log. */
  Importer importer() {
    return importer;
  }

  /** What {@code serve --demo} adds to an empty store, telling {@code out} what it does. */
  DemoSetup demoSetup(PrintStream out, ImportProgress progress) {
    return new DemoSetup(arrangements, importer, userAdmin, out, progress);
  }

  /** User changes that are audited: for the {@code user} command and the demo set-up. */
  UserAdmin userAdmin() {
    return userAdmin;
  }

  ArrangementService arrangements() {
    return arrangements;
  }

  /** The server, for tests: a store lost for good is reported by readiness only. */
  Serving serve() {
    return serve(reason -> {});
  }

  /**
   * The server: schedules firing and the web page and API answering, until closed. {@code storeLost}
   * is told when the store cannot be reopened without a new process (see {@link Database.StoreHealth}).
   */
  Serving serve(java.util.function.Consumer<String> storeLost) {
    PackDelivery delivery = packDelivery();
    RunRepository runs = new RunRepository(database.dsl());
    Schedules schedules = schedules(delivery, runs);
    java.util.function.Supplier<String> dataVersion = dataVersion();
    WebServer.Services services = new WebServer.Services(users, signIns, userAdmin, audit,
        arrangements, incomeExpenditure, performance, mapping, importer, new ImportWatch(importer),
        new Downloads(reports, audit, database.gate(), dataVersion, settings.ops().reportCacheMb(), meters, clock),
        schedules, closes, new Dashboards(database.dsl(), arrangements, incomeExpenditure, performance, schedules,
            dataVersion));
    signIns.deleteEndedSessions();
    Backups.Folder backupFolder = new Backups.Folder(settings.ops().backups(settings.dataDir()), settings.ops().backupKeep());
    Operated operated = operations(schedules, delivery.mailer(), backupFolder, storeLost);
    WebServer web;
    try {
      web = new WebServer(services, new WebServer.Network(settings.network().httpsOnly(),
          Set.copyOf(settings.network().trustedProxies())), operated.operations()).start(settings.port());
    } catch (RuntimeException e) {
      schedules.close(); // Quartz's threads are not daemons: left running, they would keep a failed start alive
      throw e;
    }
    operated.control().set(ControlFile.write(settings.dataDir(), web.port()));
    startOrStop(schedules, web);
    PackRetention retention = new PackRetention(runs, delivery.archive(),
        Duration.ofDays(settings.packs().retentionDays()), clock).start();
    Optional<NightlyBackup> nightly = settings.ops().backupAt().map(at -> new NightlyBackup(backups(),
        backupFolder.path(), at, backupFolder.keep(), clock).start());
    return new Serving(web, schedules, retention, operated.operations(), nightly);
  }

  /**
   * Scheduled packs and their mail path, wired; nothing fires until {@link Schedules#start()}. The book reads
   * the schedule files before Quartz is made, so an invalid file stops start-up with no Quartz thread left.
   */
  private Schedules schedules(PackDelivery delivery, RunRepository runs) {
    DSLContext dsl = database.dsl();
    Settings.Packs packs = settings.packs();
    Schedules.Config config = new Schedules.Config(packs.schedulesDir(), packs.schedulerName(), packs.renderThreads())
        .withWorkingDays(WorkingDays.load(packs.bankHolidays()));
    String instance = UUID.randomUUID().toString();
    ArrangementService boards = arrangements;
    ScheduleBook book = new ScheduleBook(new ScheduleRepository(dsl), boards, config.workingDays(), config.folder(), clock);
    PackLinks links = new PackLinks(dsl, clock, config.linkValidity());
    PackSender sender = new PackSender(new DeliveryQueue(dsl, runs), runs, new PackMails(delivery, links), delivery,
        clock, instance);
    PackRunner runner = new PackRunner(runs, boards, delivery, sender, clock, instance, database.gate());
    QuartzSchedules quartz = new QuartzSchedules(database, config.schedulerName(), config.threads(),
        config.misfireThreshold(), config.workingDays());
    return new Schedules(config, book, runs, boards, quartz, runner, sender,
        new PackHistory(runs, delivery.archive(), links, audit),
        new RunWatch(runs, new InstanceRepository(dsl), runner, quartz, sender, clock, instance, config.staleAfter()),
        audit, clock);
  }

  /** Schedules start once the web answers; if they cannot (a schedule file Quartz refuses), neither runs on. */
  private static void startOrStop(Schedules schedules, WebServer web) {
    try {
      schedules.start();
    } catch (RuntimeException e) {
      web.stop();
      schedules.close(); // Quartz's threads are not daemons: left running, they would keep a failed start alive
      throw e;
    }
  }

  /** Backups of this data folder: the store and the pack archive. */
  Backups backups() {
    return new Backups(database, settings.dataDir().resolve("packs"), clock);
  }

  /** The operations seam, and the control file it checks tokens against once the port is known. */
  private record Operated(ServerOperations operations, AtomicReference<ControlFile> control) {}

  private Operated operations(Schedules schedules, Mailer mailer, Backups.Folder backupFolder,
      java.util.function.Consumer<String> storeLost) {
    Metrics metrics = new Metrics();
    meters.add(metrics.registry());
    Map<String, Readiness.Check> checks = new LinkedHashMap<>();
    checks.put("store", () -> storeProblem(storeLost));
    checks.put("scheduler", schedules::problem);
    if (settings.ops().readyMail()) {
      checks.put("mail", mailer::problem);
    }
    AtomicReference<ControlFile> control = new AtomicReference<>();
    return new Operated(new ServerOperations(metrics, new Readiness(checks, Duration.ofSeconds(5)),
        settings.ops().metricsToken(), schedules, backups(), backupFolder, control::get,
        settings.packs().node()), control);
  }

  /**
   * What cached downloads and the home page's cards depend on: the changes to the figures the store has
   * committed (every load, close, reopening and hand-entered commentary counts one as it commits).
   */
  private java.util.function.Supplier<String> dataVersion() {
    return () -> Long.toString(DataGeneration.current(database.dsl()));
  }

  /** Database.probe() never waits behind an import, and drops dead connections so a stopped store reopens. */
  private Optional<String> storeProblem(java.util.function.Consumer<String> storeLost) {
    Database.StoreHealth health = database.probe();
    if (health.restartNeeded()) {
      storeLost.accept(health.reason());
    }
    return health.up() ? Optional.empty() : Optional.of("the store does not answer: " + health.reason());
  }

  record Serving(WebServer web, Schedules schedules, PackRetention retention, ServerOperations operations,
      Optional<NightlyBackup> nightly) implements AutoCloseable {
    int port() {
      return web.port();
    }

    @Override
    public void close() {
      nightly.ifPresent(NightlyBackup::close);
      retention.close();
      schedules.close();
      web.stop();
      operations.close();
    }
  }

  private PackDelivery packDelivery() {
    Settings.Smtp smtp = settings.smtp();
    Settings.Packs packs = settings.packs();
    Mailer mailer = new Mailer(new Mailer.Settings(smtp.host(), smtp.port(), smtp.user(), smtp.password(), smtp.from(),
        packs.mailAttempts(), Duration.ofSeconds(30), smtp.timeout()));
    return new PackDelivery(reports, new PackArchive(settings.dataDir().resolve("packs")), mailer,
        new AdminNotifier(mailer, packs.adminEmails()), packs.attachLimitMb() * 1024L * 1024L, packs.publicUrl(),
        new PackCloses(arrangements, closes));
  }

  @Override
  public void close() {
    database.close();
  }
}
