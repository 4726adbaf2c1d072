package org.carepool.dashboard;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.carepool.finance.Rating;
import org.carepool.indicators.KpiFigure;

/** What the home page shows: each board's arrangements, and how up to date the data is. */
public record DashboardView(List<BoardCards> boards, Freshness freshness) {
  public DashboardView {
    boards = List.copyOf(boards);
  }

  /** A board and its arrangements' cards, in arrangement-code order, with its packs. */
  public record BoardCards(String code, String name, List<Card> cards, BoardPacks packs) {
    public BoardCards {
      cards = List.copyOf(cards);
    }
  }

  /**
   * @param nextRun       the soonest fire of the board's schedules that are not paused; null when none
   * @param lastDelivered the newest run that delivered a pack still held; null when none
   */
  public record BoardPacks(java.time.ZonedDateTime nextRun, String nextSchedule,
      org.carepool.schedule.RunRecord lastDelivered) {}

  /**
   * One arrangement's pool as at its latest month of spend, with the same figures as the I&amp;E
   * statement's pool; {@code month} and the figures are null when nothing can be worked out, and
   * {@code problem} says why.
   *
   * @param variance  forecast − contributions; positive is an overspend
   * @param movement  the forecast's change since the latest closed month; null before the first close
   * @param shareable the overspend the partners share ({@code O_s}: less FIXED and RING_FENCED schemes' variances),
   *                  which can be positive while the pool as a whole underspends
   * @param trend     the pool's variance at each month of the year up to {@code month}, April first
   * @param kpis      the KPIs the arrangement is rated on, as the performance report as at {@code month} has them
   */
  public record Card(String code, String name, YearMonth month, BigDecimal contributions, BigDecimal forecast,
      BigDecimal variance, BigDecimal variancePct, Rating rating, BigDecimal movement, BigDecimal shareable,
      List<MonthPosition> trend,
      List<KpiPanel> kpis, String problem) {
    public Card {
      trend = List.copyOf(trend);
      kpis = List.copyOf(kpis);
    }

    static Card unavailable(String code, String name, String problem) {
      return new Card(code, name, null, null, null, null, null, null, null, null, List.of(), List.of(), problem);
    }

    /** How many of the KPIs are rated {@code rating}. */
    public long rated(org.carepool.indicators.Rating rating) {
      return kpis.stream().filter(k -> k.figure().rating() == rating).count();
    }
  }

  /** A KPI as the performance report has it, with its line drawn; {@code chart} null when it has no value to draw. */
  public record KpiPanel(KpiFigure figure, KpiChart chart) {}

  /** The pool's forecast and variance (forecast − contributions) as at one month. */
  public record MonthPosition(YearMonth month, BigDecimal forecast, BigDecimal variance) {}

  /**
   * @param partners   every partner of every arrangement with the last month of spend it loaded
   * @param activityTo the latest month of activity loaded; null when none
   */
  public record Freshness(List<PartnerSpend> partners, YearMonth activityTo) {
    public Freshness {
      partners = List.copyOf(partners);
    }

    public boolean anyBehind() {
      return partners.stream().anyMatch(PartnerSpend::behind);
    }
  }

  /**
   * @param lastSpend    null when the partner has loaded no spend for the arrangement
   * @param monthsBehind months between its last spend and the arrangement's latest (0 when level or none)
   */
  public record PartnerSpend(String arrangement, String organisation, YearMonth lastSpend, int monthsBehind) {
    /** Behind the arrangement's other partners, or has loaded no spend while they have. */
    public boolean behind() {
      return monthsBehind > 0 || lastSpend == null;
    }
  }
}
