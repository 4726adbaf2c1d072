package org.carepool.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.math.BigDecimal;
import org.carepool.arrangement.ArrangementService;
import org.carepool.finance.IncomeExpenditureService;
import org.carepool.audit.Audit;
import org.carepool.audit.AuditEvent;
import org.carepool.db.Database;
import org.carepool.security.Role;
import org.carepool.security.SignIns;
import org.carepool.security.UserAdmin;
import org.carepool.security.UserService;

/**
 * A real server on a random port over a fresh in-memory store holding one user per role
 * (password: name + "-password"), one arrangement LB1 of board HWB, and stand-ins for the
 * importer and the report renderer behind the {@link DataLoads} and {@link ReportFiles} seams.
 */
final class WebFixture implements AutoCloseable {
  static final byte[] PDF = "%PDF-1.4\n% carepool test\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  final MutableClock clock = new MutableClock();
  final Database database = Database.open(Database.inMemoryUrl("t" + UUID.randomUUID()));
  final UserService users = new UserService(database.dsl(), clock);
  final Audit audit = new Audit(database.dsl(), clock);
  final SignIns signIns = new SignIns(database.dsl(), users, audit, clock);
  final WebServer server;

  WebFixture() {
    for (Role role : Role.values()) {
      String name = role.name().toLowerCase();
      users.save(name, role, (name + "-password").toCharArray());
    }
    database.dsl().execute("INSERT INTO import_batch (entity, file_name, sha256, loaded_by, loaded_at, row_count, outcome, problem_count)"
        + " VALUES ('organisation', 'organisations.csv', '" + "0".repeat(64) + "', 'test', CURRENT_TIMESTAMP, 1, 'LOADED', 0)");
    long batch = database.dsl().fetchSingle("SELECT MAX(id) FROM import_batch").get(0, Long.class);
    database.dsl().execute("INSERT INTO organisation (code, name, kind, import_batch) VALUES ('CCG', 'A CCG', 'NHS_COMMISSIONER', " + batch + ")");
    database.dsl().execute("INSERT INTO board (code, name, import_batch) VALUES ('HWB', 'Health and wellbeing board', " + batch + ")");
    database.dsl().execute("INSERT INTO arrangement (code, name, board, model, host, start_date, risk_share, import_batch)"
        + " VALUES ('LB1', 'Lead body pool', 'HWB', 'LEAD_BODY', 'CCG', DATE('2025-04-01'), 'SHARES', " + batch + ")");
    server = new WebServer(new WebServer.Services(users, signIns, new UserAdmin(users, signIns, audit), audit,
        new ArrangementService(database.dsl()), new IncomeExpenditureService(database.dsl()), new FakeLoads(),
        new FakeReports())).start(0);
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
    database.close();
  }

  /** Rejects any file whose text contains "bad", with two line-numbered problems; loads the rest. */
  static final class FakeLoads implements DataLoads {
    @Override
    public LoadOutcome load(List<CsvUpload> files, String loadedBy) {
      for (CsvUpload file : files) {
        if (new String(file.content(), StandardCharsets.UTF_8).contains("bad")) {
          return new Rejected(List.of(
              new Problem(file.fileName(), 17, "arrangement", "BCF-25", "unknown arrangement 'BCF-25'"),
              new Problem(file.fileName(), 18, "amount", "12.345", "more than two decimal places")));
        }
      }
      return new Loaded(files.stream().map(f -> new LoadedFile(f.fileName(), "spend", 3, 42)).toList());
    }

    @Override
    public List<ImportBatchLine> history(int limit) {
      return List.of(new ImportBatchLine(42, "spend", "spend.csv", "analyst", Instant.parse("2025-10-01T10:00:00Z"), 3, "LOADED", 0));
    }
  }

  /** Returns a tiny PDF (or text for other formats) for LB1 / HWB; nothing for other codes. */
  static final class FakeReports implements ReportFiles {
    @Override
    public Optional<ReportFile> render(ReportRequest request) {
      if (!List.of("LB1", "HWB").contains(request.code())) {
        return Optional.empty();
      }
      byte[] bytes = request.format() == ReportFormat.PDF ? PDF : "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
      return Optional.of(new ReportFile(request.report().id() + "-" + request.code() + "-" + request.month() + "." + request.format().id(),
          request.format().contentType(), bytes));
    }

    @Override
    public Optional<Headline> headline(String arrangement, YearMonth month) {
      return Optional.of(new Headline(arrangement, "2025-26", "LEAD_BODY", new BigDecimal("1000000.00"),
          new BigDecimal("1040000.00"), new BigDecimal("40000.00"),
          List.of(new PartnerAmount("CCG", new BigDecimal("24000.00")), new PartnerAmount("LA", new BigDecimal("16000.00")))));
    }
  }
}
