package org.carepool.report;

import org.carepool.finance.Pounds;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.carepool.finance.FinancialYear;
import org.carepool.finance.IncomeExpenditure;
import org.carepool.finance.IncomeExpenditure.Scheme;
import org.carepool.finance.Model;
import org.carepool.finance.RiskClass;

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
    return "Budget to date is the annual budget × " + k + " / 12; variance to date is actual less budget to date. "
        + "Forecast basis: outturn (the year end: the actual), analyst (loaded for the month), carried forward "
        + "(the latest loaded earlier in the year), run rate (actual to date × 12 / " + k + ") or budget (actual "
        + "to date plus the rest of the year's budget). Variance is forecast outturn less annual budget: a positive "
        + "figure is an overspend, a figure in brackets an underspend. RAG from variance %: GREEN below "
        + CoverWording.percent(f.terms().amberPct()) + ", AMBER from " + CoverWording.percent(f.terms().amberPct())
        + ", RED from " + CoverWording.percent(f.terms().redPct()) + ". Fixed schemes' variances fall to the "
        + (f.host() == null ? "funder" : "host") + "; ring-fenced schemes' are carried forward, shared with nobody.";
  }

  /** The heading of the risk-share section, as the sign of the shareable figure and the model make it. */
  static String coverHeading(IncomeExpenditureReport report) {
    IncomeExpenditure f = report.figures();
    if (report.context().model() == Model.ALIGNED) {
      return "Each partner's position (its own budget)";
    }
    return f.pool().shareable().signum() < 0 ? "How the underspend is shared" : "How the overspend is covered";
  }

  static String coverNote(IncomeExpenditureReport report) {
    IncomeExpenditure f = report.figures();
    BigDecimal fixed = variances(f, RiskClass.FIXED);
    BigDecimal ringFenced = variances(f, RiskClass.RING_FENCED);
    String shareable = fixed.signum() == 0 && ringFenced.signum() == 0 ? ""
        : "The pool's forecast overspend of " + money(f.pool().overspend()) + " less the fixed schemes' variances ("
            + money(fixed) + ", to the " + (f.host() == null ? "funder" : "host") + ") and the ring-fenced schemes' ("
            + money(ringFenced) + ", carried forward) leaves " + money(f.pool().shareable()) + " to share. ";
    String how = switch (f.riskShareBasis()) {
      case STEPS -> "The agreement's steps run in order, each taking part of what remains; what each partner "
          + "carries is its part of the steps plus the fixed schemes' variances that fall to it.";
      case UNDERSPEND -> "An underspend follows the year's underspend term: " + CoverWording.shareRule(report) + ".";
      case RULE -> ruleNote(report);
    };
    return shareable + how;
  }

  private static String ruleNote(IncomeExpenditureReport report) {
    IncomeExpenditure f = report.figures();
    return switch (report.riskShareRule()) {
      case SHARES -> "Rule SHARES: each partner bears the shareable overspend (or gets back the underspend) in proportion to its share "
          + "(agreed shares where set, otherwise its share of contributions).";
      case HOST -> "Rule HOST: the host, " + report.partner(f.host()) + ", bears the whole shareable overspend (or "
          + "keeps the whole underspend).";
      case OWN -> report.context().model() == Model.ALIGNED ? alignedNote() : ownNote(f);
    };
  }

  private static String ownNote(IncomeExpenditure f) {
    BigDecimal gap = f.pool().budget().subtract(f.pool().contributions());
    String rule = "Rule OWN: each partner bears the variances of the variable schemes it funds";
    if (gap.signum() == 0) {
      return rule + ". Scheme budgets equal contributions (" + money(f.pool().budget()) + "), so there is no "
          + "budget gap to share.";
    }
    return rule + ", plus its share of the budget gap: scheme budgets of " + money(f.pool().budget())
        + " less contributions of " + money(f.pool().contributions()) + ", " + money(gap) + ", shared in "
        + "proportion to the partners' shares (agreed shares where set, otherwise contributions). "
        + (gap.signum() > 0 ? "A gap adds to what the partners bear." : "A gap in brackets reduces what they bear.");
  }

  /** SPEC §4.3: under aligned budgets each partner's position is its own budget's, and nothing moves between partners. */
  private static String alignedNote() {
    return "Aligned budgets, rule OWN: there is no pool, so each partner's position is its own budget's: the "
        + "forecasts of the variable schemes it funds, plus the budgets of its fixed and ring-fenced schemes, less "
        + "its own contribution. Nothing is transferred between partners.";
  }

  /** "Ring-fenced, carried forward (A3), outside the general reserve". */
  static String ringFencedLabel(IncomeExpenditure f) {
    List<String> codes = f.schemes().stream().filter(s -> s.riskClass() == RiskClass.RING_FENCED).map(Scheme::code)
        .toList();
    return "Ring-fenced, carried forward" + (codes.isEmpty() ? "" : " (" + String.join(", ", codes) + ")")
        + ", outside the general reserve";
  }

  private static BigDecimal variances(IncomeExpenditure f, RiskClass riskClass) {
    return f.schemes().stream().filter(s -> s.riskClass() == riskClass).map(Scheme::variance)
        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }

  static String costSplitNote(IncomeExpenditureReport report) {
    IncomeExpenditure f = report.figures();
    if (!report.context().model().hasCostSplit()) {
      return "";
    }
    boolean hostIsPartner = f.costSplit().stream().anyMatch(IncomeExpenditure.CostShare::isHost);
    return "The actual to date of " + money(f.pool().actualToDate()) + " is split by contribution ratio (each "
        + "partner's contribution over the pool's, not the agreed risk shares). Less each partner's income to date, it gives what the partner owes the "
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

  /** A scheme's forecast basis in words: "run rate", "carried forward from Month 6", "outturn". */
  static String basis(Scheme s) {
    return switch (s.basis()) {
      case OUTTURN -> "outturn";
      case ANALYST -> "analyst";
      case CARRIED_FORWARD -> "carried forward from Month "
          + FinancialYear.of(s.carriedFrom()).monthOrdinal(s.carriedFrom());
      case RUN_RATE -> "run rate";
      case BUDGET -> "budget";
    };
  }

  /** As the report shows money in a sentence: £ with thousands separators, negatives in brackets. */
  static String money(BigDecimal amount) {
    return Pounds.inSentence(amount);
  }
}
