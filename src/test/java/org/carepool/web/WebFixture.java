package org.carepool.web;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.carepool.arrangement.ArrangementService;
import org.carepool.audit.Audit;
import org.carepool.audit.AuditEvent;
import org.carepool.db.Database;
import org.carepool.finance.IncomeExpenditureService;
import org.carepool.ingest.ImportProgress;
import org.carepool.ingest.Importer;
import org.carepool.security.Role;
import org.carepool.security.SignIns;
import org.carepool.security.UserAdmin;
import org.carepool.security.UserService;

/**
 * The web slice: a real server on a random port over a fresh in-memory store holding one user per
 * role (password: name + "-password") and the SPEC §4 worked example (arrangement LB1 of board JB)
 * loaded through the real importer.
 *
 * <p>The {@link DataLoads} and {@link ReportFiles} seams are left as production leaves them before
 * they are wired ({@code unavailable()}: uploads and reports answer 503). Tests that need real
 * loads or reports are whole-app tests in {@code org.carepool}, on {@code RunningCarepool}; a slice
 * test that reaches a seam by mistake gets a 503 and fails.
 */
final class WebFixture implements AutoCloseable {
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
    new Importer(database, clock).load(List.of(workedExample()), "test", ImportProgress.none());
    server = new WebServer(new WebServer.Services(users, signIns, new UserAdmin(users, signIns, audit), audit,
        new ArrangementService(database.dsl()), new IncomeExpenditureService(database.dsl()), DataLoads.unavailable(),
        ReportFiles.unavailable())).start(0);
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
    database.close();
  }
}
