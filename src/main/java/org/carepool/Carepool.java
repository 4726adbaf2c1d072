package org.carepool;

import java.time.Clock;
import org.carepool.arrangement.ArrangementService;
import org.carepool.db.Database;
import org.carepool.finance.IncomeExpenditureService;
import org.carepool.indicators.MappingService;
import org.carepool.indicators.PerformanceService;
import org.carepool.ingest.Importer;
import org.carepool.report.ReportRenderer;
import org.carepool.report.ReportService;
import org.carepool.security.UserService;
import org.carepool.web.WebServer;

/**
 * The composition root: builds every component with {@code new} and hands each the
 * values and collaborators it needs. Nothing else in carepool wires anything.
 */
final class Carepool implements AutoCloseable {
  private final Settings settings;
  private final Database database;
  private final UserService users;
  private final ArrangementService arrangements;
  private final IncomeExpenditureService incomeExpenditure;
  private final Importer importer;
  private final ReportService reports;
  private final PerformanceService performance;
  private final MappingService mapping;

  private Carepool(Settings settings, Database database, Clock clock) {
    this.settings = settings;
    this.database = database;
    this.users = new UserService(database.dsl(), clock);
    this.arrangements = new ArrangementService(database.dsl());
    this.incomeExpenditure = new IncomeExpenditureService(database.dsl());
    this.importer = new Importer(database, clock);
    this.performance = new PerformanceService(database.dsl());
    this.mapping = new MappingService(database.dsl());
    this.reports = new ReportService(new ReportRenderer(), incomeExpenditure, performance, mapping, clock);
  }

  static Carepool open(Settings settings, Clock clock) {
    return new Carepool(settings, Database.open(settings.dbUrl()), clock);
  }

  UserService users() {
    return users;
  }

  ReportService reports() {
    return reports;
  }

  Importer importer() {
    return importer;
  }

  ArrangementService arrangements() {
    return arrangements;
  }

  WebServer startWeb() {
    return new WebServer(users, arrangements, incomeExpenditure, reports, performance, mapping).start(settings.port());
  }

  @Override
  public void close() {
    database.close();
  }
}
