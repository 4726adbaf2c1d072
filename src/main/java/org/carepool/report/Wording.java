package org.carepool.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.carepool.finance.IncomeExpenditure;
import org.carepool.finance.IncomeExpenditure.RiskShare;
import org.carepool.finance.Model;

/** The sentences of the I&E report that depend on the model, the rule and the period. */
final class Wording {

  private Wording() {
  }

  static String model(Model model) {
    return switch (model) {
      case ALIGNED -> "Aligned budgets";
      case LEAD_BODY -> "Lead body";
      case JOINT_COMMISSIONING -> "Joint commissioning";
      case JOINT_VENTURE -> "Joint venture";
    };
  }

  /** "WCC — Westshire County Council, the lead body": one pair of brackets at most (SPEC's host texts have one). */
  static String host(IncomeExpenditureReport report) {
    IncomeExpenditure f = report.figures();
    return f.host() == null ? "None: each partner keeps its own budget"
        : report.partner(f.host()) + ", " + report.context().model().hostMeans();
  }

  static String batches(List<Long> batches) {
    return batches.isEmpty() ? "none" : batches.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  static String runningHeader(IncomeExpenditureReport report) {
    ReportContext c = report.context();
    String warning = report.dataQuality().warning().isEmpty() ? ""
        : " · Warning: spend for the month not fully loaded, see page 1";
    return c.arrangement() + " — " + c.arrangementName() + ": income and expenditure, " + c.monthLabel() + warning;
  }

  static String schemesNote(IncomeExpenditure f) {
    int k = f.monthOrdinal();
    return "Budget to date is the annual budget × " + k + " / 12. Forecast outturn is the run rate "
        + "(actual to date × 12 / " + k + ") unless marked ‡, an analyst's forecast. Variance is forecast "
        + "outturn less annual budget: a positive figure is an overspend, a figure in brackets an underspend.";
  }

  static String riskShareNote(IncomeExpenditureReport report) {
    IncomeExpenditure f = report.figures();
    return switch (report.riskShareRule()) {
      case SHARES -> "Rule SHARES: each partner bears the pool's forecast overspend in proportion to its share "
          + "(agreed shares where set, otherwise its share of contributions).";
      case HOST -> "Rule HOST: the host, " + report.partner(f.host()) + ", bears the whole forecast overspend.";
      case OWN -> ownNote(f) + (report.context().model() == Model.ALIGNED ? " " + alignedTransfers(f) : "");
    };
  }

  private static String ownNote(IncomeExpenditure f) {
    BigDecimal gap = f.pool().budget().subtract(f.pool().contributions());
    String rule = "Rule OWN: each partner bears the variances of the schemes it funds";
    if (gap.signum() == 0) {
      return rule + ". Scheme budgets equal contributions (" + money(f.pool().budget()) + "), so there is no "
          + "budget gap to share.";
    }
    return rule + ", plus its share of the budget gap: scheme budgets of " + money(f.pool().budget())
        + " less contributions of " + money(f.pool().contributions()) + ", " + money(gap) + ", shared in "
        + "proportion to the partners' shares (agreed shares where set, otherwise contributions). "
        + (gap.signum() > 0 ? "A gap adds to what the partners bear." : "A gap in brackets reduces what they bear.");
  }

  /**
   * ALIGNED keeps each partner's money in its own accounts, yet SPEC §4 shares {@code ΣB − C} by
   * share. Measured against each partner's own budgets less its contribution, that moves money
   * between partners whenever the two differ; the note says so, with the amounts.
   */
  private static String alignedTransfers(IncomeExpenditure f) {
    List<String> moves = new ArrayList<>();
    List<String> own = new ArrayList<>();
    for (RiskShare r : f.riskShare()) {
      BigDecimal ownGap = f.ownBudgetLessContribution(r.organisation());
      own.add(r.organisation() + "'s " + money(ownGap));
      BigDecimal moved = r.shareOfBudgetGap().subtract(ownGap);
      if (moved.signum() != 0) {
        moves.add(r.organisation() + (moves.isEmpty() ? " bears " : " ") + money(moved.abs())
            + (moved.signum() > 0 ? " more" : " less"));
      }
    }
    if (moves.isEmpty()) {
      String why = f.pool().budget().compareTo(f.pool().contributions()) == 0
          ? "Each partner's own scheme budgets equal its own contribution"
          : "Each partner's share of the gap equals its own budgets less its contribution";
      return why + ", so nothing is transferred between partners: each carries its own schemes in its own accounts.";
    }
    return "Sharing the gap moves money between partners, which aligned budgets otherwise never do: each partner's "
        + "own budgets less its own contribution are " + join(own) + ", so, against their own figures, "
        + join(moves) + ".";
  }

  static String costSplitNote(IncomeExpenditureReport report) {
    IncomeExpenditure f = report.figures();
    if (!report.context().model().hasCostSplit()) {
      return "";
    }
    boolean hostIsPartner = f.costSplit().stream().anyMatch(IncomeExpenditure.CostShare::isHost);
    return "The actual to date of " + money(f.pool().actualToDate()) + " is split by share (agreed shares where "
        + "set, otherwise contributions). Less each partner's income to date, it gives what the partner owes the "
        + "host, " + report.partner(f.host()) + " (in brackets: what the host owes it)."
        + (hostIsPartner ? " The host's own row is the cost it carries, so it is left out of the net owed to the host."
        : "");
  }

  static String costSplitNetLabel(IncomeExpenditureReport report) {
    boolean hostIsPartner = report.figures().costSplit().stream().anyMatch(IncomeExpenditure.CostShare::isHost);
    return "Net owed to the host by the " + (hostIsPartner ? "other " : "") + "partners / (owed by the host)";
  }

  /** The partner's name in the cost split; the host's own row says what its figure is. */
  static String costSplitPartner(IncomeExpenditureReport report, IncomeExpenditure.CostShare share) {
    return report.partner(share.organisation()) + (share.isHost() ? " (host): cost carried" : "");
  }

  /** As the report shows money in a sentence: £ with thousands separators, negatives in brackets. */
  static String money(BigDecimal amount) {
    return new DecimalFormat("£#,##0.00;(£#,##0.00)", DecimalFormatSymbols.getInstance(Locale.UK)).format(amount);
  }

  /** "A", "A and B", "A, B and C". */
  private static String join(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }
}
