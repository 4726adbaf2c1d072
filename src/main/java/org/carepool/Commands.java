package org.carepool;

import java.io.InputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.time.YearMonth;
import org.carepool.audit.Audit;
import org.carepool.demo.DemoData;
import org.carepool.error.DomainError;
import org.carepool.error.Invalid;
import org.carepool.error.Refused;
import org.carepool.demo.DemoSetup;
import org.carepool.report.Format;
import org.carepool.report.Pack;
import org.carepool.report.PackRequest;
import org.carepool.report.RenderedReport;
import org.carepool.report.ReportId;
import org.carepool.finance.StatementView;
import org.carepool.report.ReportRequest;
import org.carepool.report.Units;
import org.carepool.ingest.ImportRejected;
import org.carepool.ingest.ImportResult;
import org.carepool.schedule.ScheduleInvalid;
import org.slf4j.LoggerFactory;

/** Runs one command line; returns the process exit status. */
final class Commands {
  private static final String LOG_FILE = "org.slf4j.simpleLogger.logFile";
  private final Map<String, String> env;
  private final InputStream stdin;
  private final PrintStream out;
  private final PrintStream err;

  Commands(Map<String, String> env, InputStream stdin, PrintStream out, PrintStream err) {
    this.env = env;
    this.stdin = stdin;
    this.out = out;
    this.err = err;
  }

  int run(String[] args) {
    if (args.length == 0) {
      err.println(usage());
      return 2;
    }
    try {
      CommandLine line = new CommandLine(Arrays.copyOfRange(args, 1, args.length));
      if (List.of("import", "user", "backup", "restore").contains(args[0])) {
        logToFile();
      }
      return switch (args[0]) {
        case "serve" -> serve(line);
        case "user" -> user(line);
        case "demo-data" -> demoData(line);
        case "import" -> importFiles(line);
        case "render" -> render(line);
        case "backup" -> new BackupCommand(env, out).backup(line);
        case "migrate-store" -> new MigrateStoreCommand(env, out).run(line);
        case "restore" -> new BackupCommand(env, out).restore(line);
        case "warm-up" -> WarmUp.run(); // hidden: the build's training run for the class-data-sharing archive
        default -> {
          err.println("unknown command '" + args[0] + "'");
          err.println(usage());
          yield 2;
        }
      };
    } catch (DomainError e) {
      return refused(e);
    } catch (UsageError e) {
      err.println("carepool: " + e.getMessage());
      return 2;
    } catch (IllegalStateException e) {
      err.println("carepool: " + e.getMessage());
      return 1;
    } catch (RuntimeException e) {
      // a defect, or a failure nobody put into words: one sentence here, the stack trace in the log
      LoggerFactory.getLogger(Commands.class).error("carepool {} failed", args[0], e);
      err.println("carepool: " + args[0] + " failed: " + rootCause(e) + " (details in the log above or in "
          + "carepool-cli.log)");
      return 1;
    }
  }

  /**
   * The one mapping of carepool's refusals on the command line: a sentence (and each problem on a
   * line of its own), never a stack trace; status 2 for what the caller gave, 1 for the rest.
   */
  private int refused(DomainError e) {
    if (e instanceof ScheduleInvalid invalid) {
      err.println("carepool: the schedules cannot be loaded (" + invalid.problems().size() + " problem(s)):");
      invalid.problems().forEach(problem -> err.println("  " + problem));
    } else if (e instanceof ImportRejected rejected) {
      err.println("Import rejected, nothing was written: " + rejected.problemCount() + " problem(s)");
      rejected.problems().forEach(problem -> err.println("  " + problem));
      if (rejected.problemCount() > rejected.problems().size()) {
        err.println("  … and " + (rejected.problemCount() - rejected.problems().size()) + " more");
      }
    } else {
      err.println("carepool: " + e.getMessage());
      if (e instanceof Refused refusal) {
        refusal.problems().forEach(problem -> err.println("  " + problem));
      }
    }
    return e instanceof Invalid ? 2 : 1;
  }

  static String usage() {
    return String.join(System.lineSeparator(),
        "usage: java -jar carepool.jar COMMAND",
        "  serve [--demo]                              start the server (--demo: load the demo data into an empty store)",
        "  import PATH…                                load CSV files or folders (SPEC §3)",
        "  demo-data --out DIR [--scale N]             write the demo data set as CSV files",
        "  user NAME --role VIEWER|ANALYST|ADMIN       create or update a user; password on standard input",
        "  render REPORT --arrangement CODE|--board CODE --month YYYY-MM --format pdf|xlsx|csv [--units pounds|thousands] --out FILE",
        "  render board-pack --board CODE --month YYYY-MM --format pdf|xlsx --out FILE",
        "  backup --out DIR                            back up the store and pack archive (the running server makes it if one runs)",
        "  restore DIR                                 fill an empty CAREPOOL_DATA from a backup",
        "  migrate-store --to jdbc:postgresql://…      copy the embedded store into an empty PostgreSQL database");
  }

  private static String rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }

  private int serve(CommandLine line) {
    boolean demo = line.flag("--demo");
    line.noMore();
    Settings settings = Settings.fromEnvironment(env);
    Carepool carepool = Carepool.open(settings, Clock.systemDefaultZone());
    List<DemoSetup.SignIn> signIns = demo ? carepool.demoSetup(out, new TerminalProgress(out)).prepare() : List.of();
    Carepool.Serving web;
    try {
      web = carepool.serve(Commands::exitForTheSupervisor);
    } catch (RuntimeException e) {
      carepool.close(); // e.g. an invalid schedule file: the store is closed before the problems are printed
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      web.close();
      carepool.close();
      stopped.countDown();
    }, "carepool-shutdown"));
    out.println("carepool is serving on http://localhost:" + web.port() + "/  (store: " + settings.dataDir().toAbsolutePath() + ")");
    if (demo) {
      DemoSetup.printSignIns(out, signIns);
    }
    awaitQuietly(stopped);
    return 0;
  }

  /**
   * A store Derby cannot reopen in this process (see Database.StoreHealth) is recovered by a new one:
   * carepool exits with EX_TEMPFAIL (75) so that its supervisor (systemd's Restart=on-failure, a
   * container's restart policy) starts it again, and Derby replays its log as it starts.
   */
  private static void exitForTheSupervisor(String reason) {
    org.slf4j.LoggerFactory.getLogger(Commands.class).error("Stopping so that a restart recovers the store: {}", reason);
    new Thread(() -> System.exit(75), "carepool-store-lost").start();
  }

  /**
   * A one-off command's log (store start-up, each batch loaded, any stack trace) goes to a file in
   * the data folder, {@code carepool-cli.log} (the last such command's), instead of mixing with the
   * result on the terminal; the server logs to stderr. slf4j-simple reads the setting once, when the
   * first logger is made, so it is set before anything that logs is loaded: even {@link Settings},
   * which names the store through {@code db.Database}. The folder is CAREPOOL_DATA as Settings reads it.
   */
  private void logToFile() {
    if (System.getProperty(LOG_FILE) != null) {
      return;
    }
    Path data = Path.of(env.getOrDefault("CAREPOOL_DATA", "data"));
    try {
      Files.createDirectories(data);
      System.setProperty(LOG_FILE, data.resolve("carepool-cli.log").toAbsolutePath().toString());
    } catch (IOException e) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
  }

  private int importFiles(CommandLine line) {
    List<Path> paths = line.rest().stream().map(Path::of).toList();
    if (paths.isEmpty()) {
      throw new UsageError("import PATH…: name at least one CSV file or folder");
    }
    try (Carepool carepool = Carepool.open(Settings.fromEnvironment(env), Clock.systemDefaultZone())) {
      ImportResult result = carepool.importer().load(paths, Audit.commandLineUser(), new TerminalProgress(err));
      result.files().forEach(file -> out.printf("loaded %-28s %,12d rows  batch %d  %s%n",
          file.fileName(), file.rows(), file.importBatch(), file.replaced()));
      return 0;
    }
  }

  private int render(CommandLine line) {
    String name = line.positional("render REPORT");
    if (name.equals("board-pack")) {
      return renderPack(line);
    }
    ReportId report = ReportId.byId(name).orElseThrow(() -> new UsageError("render REPORT: '" + name
        + "' is not a report; one of " + Arrays.stream(ReportId.values()).map(ReportId::id).toList() + " or board-pack"));
    String arrangement = line.optional("--arrangement", null);
    String board = line.optional("--board", null);
    YearMonth month = month(line.value("--month", "YYYY-MM"));
    Format format = format(line.value("--format", "pdf|xlsx|csv"));
    String units = line.optional("--units", null);
    Path target = Path.of(line.value("--out", "FILE"));
    line.noMore();
    try (Carepool carepool = Carepool.open(Settings.fromEnvironment(env), Clock.systemDefaultZone())) {
      RenderedReport file = carepool.reports().render(new ReportRequest(report, arrangement, board, month, format,
          StatementView.NOW, units == null ? null : Units.parse(units)));
      Files.write(target, file.content());
      out.printf("wrote %s (%,d bytes)%n", target, file.content().length);
      return 0;
    } catch (IOException e) {
      err.println("carepool: cannot write " + target + ": " + e.getMessage());
      return 1;
    }
  }

  /** The board pack as the page and schedules make it: the PDF, or as XLSX its companion workbook. */
  private int renderPack(CommandLine line) {
    String board = line.value("--board", "CODE");
    YearMonth month = month(line.value("--month", "YYYY-MM"));
    Format format = format(line.value("--format", "pdf|xlsx"));
    Path target = Path.of(line.value("--out", "FILE"));
    line.noMore();
    if (format == Format.CSV) {
      throw new UsageError("--format: board-pack comes as pdf or xlsx");
    }
    try (Carepool carepool = Carepool.open(Settings.fromEnvironment(env), Clock.systemDefaultZone())) {
      PackRequest request = carepool.reports().boardPack(board, month, List.of(ReportId.values()), false);
      Pack pack = format == Format.XLSX ? null : carepool.reports().pack(request);
      RenderedReport file = pack == null ? carepool.reports().packWorkbook(request) : pack.pdf();
      Files.write(target, file.content());
      out.printf("wrote %s (%,d bytes)%n", target, file.content().length);
      if (pack != null) {
        pack.missing().forEach(m -> err.println("carepool: not produced: " + m.title() + ": " + m.reason()));
      }
      return 0;
    } catch (IOException e) {
      err.println("carepool: cannot write " + target + ": " + e.getMessage());
      return 1;
    }
  }

  private static Format format(String raw) {
    return Arrays.stream(Format.values()).filter(f -> f.extension().equalsIgnoreCase(raw)).findFirst()
        .orElseThrow(() -> new UsageError("--format: '" + raw + "' is not pdf, xlsx or csv"));
  }

  private static YearMonth month(String raw) {
    try {
      return YearMonth.parse(raw);
    } catch (java.time.format.DateTimeParseException e) {
      throw new UsageError("--month: '" + raw + "' is not YYYY-MM");
    }
  }

  private int demoData(CommandLine line) {
    Path dir = Path.of(line.value("--out", "DIR"));
    int scale = positiveInt(line.optional("--scale", "1"), "--scale");
    line.noMore();
    try {
      Files.createDirectories(dir);
      out.println(new DemoData(DemoData.DEFAULT_SEED).write(dir, scale));
      return 0;
    } catch (IOException e) {
      err.println("carepool: cannot write the demo data to " + dir + ": " + e.getMessage());
      return 1;
    }
  }

  private static int positiveInt(String raw, String name) {
    try {
      int value = Integer.parseInt(raw);
      if (value < 1) {
        throw new UsageError(name + " must be at least 1");
      }
      return value;
    } catch (NumberFormatException e) {
      throw new UsageError(name + ": '" + raw + "' is not a whole number");
    }
  }

  private int user(CommandLine line) {
    return new UserCommand(env, stdin, out).run(line);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
