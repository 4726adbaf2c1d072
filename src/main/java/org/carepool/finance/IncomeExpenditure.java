package org.carepool.finance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;

/**
 * An arrangement's income and expenditure as at a month (SPEC §4, the JSON of §9). Amounts are
 * pounds and pence (scale 2). Partner lists are in organisation-code order, schemes in
 * scheme-code order.
 *
 * @param host           {@code null} for ALIGNED
 * @param terms          the year's agreement terms, defaults filled in
 * @param riskShare      every contributing partner, and the host when it is not one; with the reserve
 *                       drawn, the unallocated remainder and the ring-fenced variances it accounts for
 *                       the whole overspend (see {@link #accountsForOverspend})
 * @param riskShareBasis what shared the overspend: the rule, the agreement's steps, or the underspend term
 * @param steps          the agreement steps as they ran, in order; empty unless {@code riskShareBasis} is STEPS
 * @param unallocated    what remains after the last step: the agreement does not cover it (0.00 when nothing)
 * @param costSplit      empty unless the model has a cost split; sums to the pool's actual to date
 * @param notices        what the reader must be told (notify threshold reached, unallocated remainder)
 * @param forecastNotes  data-quality notes on the forecasts (year-end forecast ignored, forecast below actual)
 * @param keyVariances   the pool and the schemes a board must hear about (SPEC §4.9, §6), with the finance
 *                       lead's commentary; see {@link KeyVariances} for which
 */
public record IncomeExpenditure(String arrangement, Model model, String host, String financialYear,
    YearMonth month, int monthOrdinal, YearTerms terms, List<Income> income, List<Scheme> schemes, Pool pool,
    List<RiskShare> riskShare, RiskShareBasis riskShareBasis, List<Step> steps, BigDecimal unallocated,
    Reserves reserves, List<CostShare> costSplit, List<Notice> notices, List<ForecastNote> forecastNotes,
    List<KeyVariance> keyVariances) {

  public IncomeExpenditure {
    keyVariances = List.copyOf(keyVariances);
    income = List.copyOf(income);
    schemes = List.copyOf(schemes);
    riskShare = List.copyOf(riskShare);
    steps = List.copyOf(steps);
    costSplit = List.copyOf(costSplit);
    notices = List.copyOf(notices);
    forecastNotes = List.copyOf(forecastNotes);
  }

  /** What shared the pool's shareable overspend {@code O_s}. */
  public enum RiskShareBasis {
    /** The arrangement's {@code risk_share} rule (SHARES, HOST or OWN): no steps, or no underspend term. */
    RULE,
    /** The agreement's steps, for an overspend. */
    STEPS,
    /** The year's underspend term (or RETURN, the default with steps), for an underspend. */
    UNDERSPEND
  }

  /** A partner's contribution {@code C_p} for the year, and {@code C_p × k / 12}. */
  public record Income(String organisation, BigDecimal contribution, BigDecimal toDate) {
  }

  /**
   * @param budgetToDate   {@code B_j × k / 12}
   * @param varianceToDate {@code actualToDate − budgetToDate}
   * @param carriedFrom    the month of the carried-forward forecast; {@code null} unless CARRIED_FORWARD
   * @param variance       {@code forecast − budget}; positive is an overspend
   * @param variancePct    {@code variance / budget × 100} to one decimal, for display; {@code null} when the budget is 0
   * @param rating         from the exact percentage, not the rounded one
   * @param previousForecast the forecast as reported at the latest closed month of the year before this one
   *                         (SPEC §4.9); {@code null} before the first close, or for a scheme it did not report
   * @param movement       {@code forecast − previousForecast}; {@code null} when there is no previous forecast
   */
  public record Scheme(String code, String name, String careType, String funder, RiskClass riskClass,
      BigDecimal budget, BigDecimal budgetToDate, BigDecimal actualToDate, BigDecimal varianceToDate,
      BigDecimal forecast, ForecastBasis basis, YearMonth carriedFrom, BigDecimal variance, BigDecimal variancePct,
      Rating rating, BigDecimal previousForecast, BigDecimal movement) {
  }

  /**
   * @param overspend   forecast − contributions {@code O}; negative is an underspend
   * @param variancePct {@code O / C × 100} to one decimal
   * @param shareable   {@code O_s}: the overspend less the variances of FIXED and RING_FENCED schemes
   * @param previousForecast the pool forecast as reported at the latest closed month of the year before this
   *                         one (SPEC §4.9); {@code null} before the first close
   * @param movement    {@code forecast − previousForecast}; {@code null} when there is no previous forecast
   */
  public record Pool(BigDecimal contributions, BigDecimal budget, BigDecimal actualToDate,
      BigDecimal forecast, BigDecimal overspend, BigDecimal variancePct, Rating rating, BigDecimal shareable,
      BigDecimal previousForecast, BigDecimal movement) {
  }

  /**
   * A scheme (or, with {@code scheme} null, the pool) a board must hear about, and what the finance
   * lead says of it ({@code commentary.csv} or the page); the commentary fields are {@code null} when none is given.
   *
   * @param reasons  why it is listed: {@code AMBER}, {@code RED}, {@code MOVEMENT}
   * @param due      when the action is due; {@code null} when not given
   */
  public record KeyVariance(String scheme, String name, Rating rating, BigDecimal variance, BigDecimal variancePct,
      BigDecimal movement, List<String> reasons, String commentary, String action, String owner,
      java.time.LocalDate due) {

    public KeyVariance {
      reasons = List.copyOf(reasons);
    }

    /** Whether the finance lead has explained it; a key variance without commentary is a data-quality note. */
    public boolean explained() {
      return commentary != null && !commentary.isBlank();
    }

    /** The data-quality note for a key variance nobody has explained yet. */
    public String missingCommentaryNote(YearMonth month) {
      return (scheme == null ? "The pool's variance" : "Scheme " + scheme + " (" + name + ")")
          + " is a key variance (" + String.join(", ", reasons) + ") with no commentary for "
          + FinancialYear.displayMonth(month) + ".";
    }
  }

  /**
   * What a partner carries: its part of {@code O_s} by source, and the FIXED variances that fall to it.
   *
   * @param parts              by source, non-zero only, in the order they arose; they sum to {@code amount}
   * @param ownSchemesVariance under the OWN rule, {@code Σ V_j} over the VARIABLE schemes the partner funds;
   *                           otherwise {@code null}
   * @param shareOfBudgetGap   under the OWN rule, the partner's share {@code s_p} of {@code ΣB − C} (pooled),
   *                           or its own budgets less its contribution (ALIGNED: nothing moves between
   *                           partners); otherwise {@code null}
   */
  public record RiskShare(String organisation, BigDecimal amount, List<Part> parts, BigDecimal ownSchemesVariance,
      BigDecimal shareOfBudgetGap) {

    public RiskShare {
      parts = List.copyOf(parts);
    }
  }

  /**
   * One part of what a partner carries.
   *
   * @param source {@code RULE}, {@code STEP n RULE} (e.g. {@code STEP 3 SHARES}), {@code FIXED} or {@code UNDERSPEND}
   */
  public record Part(String source, BigDecimal amount) {
  }

  /**
   * One agreement step as it ran over the remainder {@code R}.
   *
   * @param party           the organisation bearing a FIRST or REST step (HOST resolved); {@code null} otherwise
   * @param percent         the percentage as loaded ({@code null} when none)
   * @param amount          the amount as loaded ({@code null} when none)
   * @param limit           the most the step could take: FIRST's tolerance, RESERVE's amount or the reserve
   *                        available, whichever is less; {@code null} for SHARES and REST
   * @param remainingBefore {@code R} before the step
   * @param taken           what the step took
   * @param remainingAfter  {@code R} after it
   * @param borne           who bore what the step took (empty for RESERVE: the reserve bore it)
   */
  public record Step(int number, StepRule rule, String party, BigDecimal percent, BigDecimal amount, BigDecimal limit,
      BigDecimal remainingBefore, BigDecimal taken, BigDecimal remainingAfter, List<Borne> borne) {

    public Step {
      borne = List.copyOf(borne);
    }

    /** The source label its parts carry, e.g. {@code STEP 3 SHARES}. */
    public String source() {
      return "STEP " + number + " " + rule;
    }
  }

  /**
   * What one partner bore in a step.
   *
   * @param share under SHARES, the partner's share of {@code R} before its cap; else {@code null}
   * @param cap   under SHARES with a percentage, {@code percent % of C_p}; else {@code null}
   */
  public record Borne(String organisation, BigDecimal amount, BigDecimal share, BigDecimal cap) {
  }

  /**
   * The reserve statement (SPEC §4.4); zeros where the pool has none.
   *
   * @param ringFencedCarriedForward {@code −Σ V_j} over RING_FENCED schemes: an underspend carries forward
   *                                 as a positive amount; outside the general reserve
   */
  public record Reserves(BigDecimal opening, BigDecimal drawn, BigDecimal underspendAdded, BigDecimal closing,
      BigDecimal ringFencedCarriedForward) {
  }

  /**
   * @param amount     the partner's part of the pool's actual to date, by contribution ratio {@code C_p / C}
   * @param owedToHost {@code amount − incomeToDate}: what the partner owes the host (negative: is
   *                   owed by it); for the host itself, the cost it carries
   * @param isHost     whether the partner is the host, so {@code owedToHost} is the cost it carries
   */
  public record CostShare(String organisation, BigDecimal amount, BigDecimal incomeToDate, BigDecimal owedToHost,
      boolean isHost) {
  }

  /**
   * Something the reader must be told beside the figures.
   *
   * @param kind   NOTIFY (the pool variance reached the notify threshold) or UNALLOCATED (steps leave a remainder)
   * @param figure the threshold percentage (NOTIFY) or the unallocated amount (UNALLOCATED)
   */
  public record Notice(NoticeKind kind, BigDecimal figure, BigDecimal poolVariancePct, String host) {

    /** The sentence, with money written by {@code money} as the format shows it. */
    public String text(Function<BigDecimal, String> money) {
      return Notices.text(this, money);
    }
  }

  public enum NoticeKind {
    NOTIFY, UNALLOCATED
  }

  /**
   * A data-quality note on a scheme's forecast.
   *
   * @param loaded the analyst forecast concerned
   * @param actual the scheme's actual to date
   */
  public record ForecastNote(String scheme, String name, ForecastNoteKind kind, YearMonth loadedFor,
      BigDecimal loaded, BigDecimal actual) {

    /** The sentence, with money written by {@code money} as the format shows it. */
    public String text(Function<BigDecimal, String> money) {
      return Notices.text(this, money);
    }
  }

  public enum ForecastNoteKind {
    /** At the year end the outturn is the actual; the loaded year-end forecast differs and is ignored. */
    YEAR_END_FORECAST_IGNORED,
    /** A loaded forecast (for the month or carried forward) is below the actual to date; kept as given. */
    FORECAST_BELOW_ACTUAL
  }

  /** The same statement with other key variances (e.g. none), to compare figures without the commentary. */
  public IncomeExpenditure withKeyVariances(List<KeyVariance> others) {
    return new IncomeExpenditure(arrangement, model, host, financialYear, month, monthOrdinal, terms, income,
        schemes, pool, riskShare, riskShareBasis, steps, unallocated, reserves, costSplit, notices, forecastNotes,
        others);
  }

  /** Whether the figures are the same as {@code other}'s, whatever the commentary on them (SPEC §4.9 restatement). */
  public boolean sameFiguresAs(IncomeExpenditure other) {
    return withKeyVariances(List.of()).equals(other.withKeyVariances(List.of()));
  }

  /** Every notice as a sentence. */
  public List<String> noticeTexts(Function<BigDecimal, String> money) {
    return notices.stream().map(n -> n.text(money)).toList();
  }

  /**
   * {@code Σ B_j} over the schemes the partner funds, less its contribution {@code C_p}: the
   * gap between budgets and contributions the partner would carry on its own figures alone.
   */
  public BigDecimal ownBudgetLessContribution(String organisation) {
    BigDecimal budgets = schemes.stream().filter(s -> s.funder().equals(organisation)).map(Scheme::budget)
        .reduce(Money.ZERO, BigDecimal::add);
    BigDecimal contribution = income.stream().filter(i -> i.organisation().equals(organisation))
        .map(Income::contribution).reduce(Money.ZERO, BigDecimal::add);
    return budgets.subtract(contribution);
  }

  /** The report month as reports show it, e.g. "Month 6 (September 2025)". */
  public String monthLabel() {
    return FinancialYear.displayMonth(month);
  }
}
