package org.carepool.dashboard;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.carepool.arrangement.ArrangementService;
import org.carepool.arrangement.ArrangementSummary;
import org.carepool.arrangement.UnknownArrangementException;
import org.carepool.dashboard.DashboardView.BoardCards;
import org.carepool.dashboard.DashboardView.BoardPacks;
import org.carepool.dashboard.DashboardView.Card;
import org.carepool.dashboard.DashboardView.Freshness;
import org.carepool.dashboard.DashboardView.KpiPanel;
import org.carepool.dashboard.DashboardView.MonthPosition;
import org.carepool.dashboard.DashboardView.PartnerSpend;
import org.carepool.finance.FinanceException;
import org.carepool.finance.FinancialYear;
import org.carepool.finance.IncomeExpenditure;
import org.carepool.finance.IncomeExpenditureService;
import org.carepool.indicators.Performance;
import org.carepool.indicators.PerformanceService;
import org.carepool.schedule.RunRecord;
import org.carepool.schedule.ScheduleView;
import org.carepool.schedule.Schedules;
import org.jooq.DSLContext;

/**
 * Where every board stands, for the home page, and each arrangement's page. Each card's figures are the
 * I&amp;E statement's pool and the performance's KPIs as at the arrangement's latest month of spend; the
 * arrangement's page shows the whole statement and performance: the one source the reports and the JSON
 * API use.
 */
public final class Dashboards {
  private final ArrangementService arrangements;
  private final IncomeExpenditureService incomeExpenditure;
  private final PerformanceService performance;
  private final DashboardRepository repository;
  private final Schedules schedules;
  private final Supplier<String> dataVersion;
  /** The cards and freshness of the newest data version asked for; packs and schedules are read every time. */
  private final AtomicReference<Figures> latestFigures = new AtomicReference<>();

  /**
   * @param dataVersion what the cards' figures depend on, changed by every load, close, reopen and
   *                    commentary (the download cache's key): the cards are worked out again only when it changes
   */
  public Dashboards(DSLContext dsl, ArrangementService arrangements, IncomeExpenditureService incomeExpenditure,
      PerformanceService performance, Schedules schedules, Supplier<String> dataVersion) {
    this.schedules = schedules;
    this.dataVersion = dataVersion;
    this.arrangements = arrangements;
    this.incomeExpenditure = incomeExpenditure;
    this.performance = performance;
    this.repository = new DashboardRepository(dsl);
  }

  public DashboardView dashboard() {
    Figures figures = figures();
    List<ScheduleView> scheduled = schedules.list();
    List<RunRecord> packs = schedules.packs();
    List<BoardCards> boards = figures.boards().stream()
        .map(b -> new BoardCards(b.code(), b.name(), b.cards(), packs(b.code(), scheduled, packs))).toList();
    return new DashboardView(boards, figures.freshness());
  }

  /**
   * The cards as at the store's data version, worked out again only when it has changed. The version is
   * read before the figures, so a load landing in between leaves figures newer than their key, never older:
   * the next view sees the new version and works them out again.
   */
  private Figures figures() {
    String version = dataVersion.get();
    Figures held = latestFigures.get();
    if (held != null && held.version().equals(version)) {
      return held;
    }
    Map<String, YearMonth> latest = arrangements.latestSpendMonths();
    List<BoardCards> boards = arrangements.boards().keySet().stream().map(arrangements::board)
        .map(b -> new BoardCards(b.code(), b.name(),
            b.arrangements().stream().map(a -> card(a, latest.get(a.code()))).toList(), null))
        .toList();
    Figures worked = new Figures(version, boards, freshness(latest));
    latestFigures.set(worked);
    return worked;
  }

  /** The data-dependent part of the home page (boards' cards without their packs), and its data version. */
  private record Figures(String version, List<BoardCards> boards, Freshness freshness) {}

  private Card card(ArrangementSummary arrangement, YearMonth month) {
    if (month == null) {
      return Card.unavailable(arrangement.code(), arrangement.name(), "No spend loaded yet.");
    }
    try {
      IncomeExpenditure.Pool pool = incomeExpenditure.statement(arrangement.code(), month).figures().pool();
      List<MonthPosition> trend = trend(arrangement.code(), month);
      trend.add(new MonthPosition(month, pool.forecast(), pool.overspend()));
      return new Card(arrangement.code(), arrangement.name(), month, pool.contributions(), pool.forecast(),
          pool.overspend(), pool.variancePct(), pool.rating(), pool.movement(), pool.shareable(), trend,
          panels(performance.performance(arrangement.code(), month), KpiChart.Size.SPARK), null);
    } catch (FinanceException e) {
      return Card.unavailable(arrangement.code(), arrangement.name(), e.getMessage());
    }
  }

  /**
   * An arrangement's page as at {@code month}, or when that is null as at its latest month of spend (its
   * card's month).
   *
   * @throws org.carepool.arrangement.UnknownArrangementException when no arrangement has the code
   * @throws FinanceException when the month is outside the arrangement, its year has no contributions, or
   *                          no month is given and no spend is loaded to choose one
   */
  public ArrangementDetail detail(String code, YearMonth month) {
    ArrangementSummary arrangement = arrangements.list().stream().filter(a -> a.code().equals(code)).findFirst()
        .orElseThrow(() -> new UnknownArrangementException(code));
    YearMonth asAt = month != null ? month : arrangements.latestSpendMonths().get(code);
    if (asAt == null) {
      throw new FinanceException("no spend is loaded for arrangement " + code + " yet, so there is no latest month to"
          + " show: choose a month (month=YYYY-MM)");
    }
    var statement = incomeExpenditure.statement(code, asAt);
    Performance kpis = performance.performance(code, asAt);
    return new ArrangementDetail(arrangement, asAt, statement, kpis, panels(kpis, KpiChart.Size.FULL));
  }

  private static List<KpiPanel> panels(Performance performance, KpiChart.Size size) {
    return performance.kpis().stream().map(k -> new KpiPanel(k, KpiChart.of(k, size))).toList();
  }

  /**
   * The pool's position at each month of the year before {@code month} (the card's own statement is the
   * last point); a month that cannot be worked out is left out.
   */
  private List<MonthPosition> trend(String arrangement, YearMonth month) {
    List<MonthPosition> trend = new ArrayList<>();
    for (YearMonth m = FinancialYear.of(month).firstMonth(); m.isBefore(month); m = m.plusMonths(1)) {
      try {
        IncomeExpenditure.Pool pool = incomeExpenditure.statement(arrangement, m).figures().pool();
        trend.add(new MonthPosition(m, pool.forecast(), pool.overspend()));
      } catch (FinanceException e) {
        // a month before the arrangement's data starts has no position to draw
      }
    }
    return trend;
  }

  /** The board's next pack and its last delivered one (runs come newest first). */
  private static BoardPacks packs(String board, List<ScheduleView> scheduled, List<RunRecord> runs) {
    ScheduleView next = scheduled.stream().filter(s -> board.equals(s.board()) && !s.paused() && s.nextFire() != null)
        .min(Comparator.comparing(ScheduleView::nextFire)).orElse(null);
    RunRecord delivered = runs.stream().filter(r -> board.equals(r.board()) && r.packAvailable()
        && ("DELIVERED".equals(r.outcome()) || "INCOMPLETE".equals(r.outcome()))).findFirst().orElse(null);
    return new BoardPacks(next == null ? null : next.nextFire(), next == null ? null : next.id(), delivered);
  }

  private Freshness freshness(Map<String, YearMonth> latest) {
    List<PartnerSpend> partners = new ArrayList<>();
    repository.lastSpendByPartner().forEach((arrangement, byPartner) -> byPartner.forEach((partner, last) ->
        partners.add(new PartnerSpend(arrangement, partner, last, behind(last, latest.get(arrangement))))));
    return new Freshness(Collections.unmodifiableList(partners), repository.activityTo());
  }

  /** How many months a partner's last spend trails the arrangement's latest (0 when it has none to trail). */
  private static int behind(YearMonth last, YearMonth arrangementLatest) {
    return last == null || arrangementLatest == null ? 0 : (int) last.until(arrangementLatest, ChronoUnit.MONTHS);
  }
}
