package org.carepool.report;

import java.math.BigDecimal;
import java.util.Locale;
import org.carepool.finance.IncomeExpenditure;
import org.carepool.finance.IncomeExpenditure.Borne;
import org.carepool.finance.IncomeExpenditure.Step;
import org.carepool.finance.UnderspendTerm;

/** The words of "How the overspend is covered": the agreement's steps, the rule, the underspend term, part sources. */
final class CoverWording {

  private CoverWording() {
  }

  /** "Reserve", "First", "Shares", "Rest": a step's name on its bar. */
  static String stepName(Step step) {
    String rule = step.rule().name();
    return rule.charAt(0) + rule.substring(1).toLowerCase(Locale.UK);
  }

  /** What an agreement step says, with its limits worked out: "First: the host absorbs 1% of pool income (£100,000.00)". */
  static String stepRule(IncomeExpenditureReport report, Step step) {
    return switch (step.rule()) {
      case RESERVE -> "Reserve: drawn from the pool reserve, up to " + Wording.money(step.limit())
          + (step.amount() == null ? " (the reserve available)" : "");
      case FIRST -> "First: " + party(report, step.party()) + " absorbs "
          + (step.percent() != null ? percent(step.percent()) + " of pool income" : "up to " + Wording.money(step.amount()))
          + ", " + Wording.money(step.limit());
      case SHARES -> "Shares: what remains, by share" + (step.percent() == null ? ""
          : ", each partner at most " + percent(step.percent()) + " of its own contribution; what exceeds the caps "
              + "passes on");
      case REST -> "Rest: all that remains, to " + party(report, step.party());
    };
  }

  /** Who bore a part of a step: under SHARES with the share it was due and its cap. */
  static String borneBy(IncomeExpenditureReport report, Borne b) {
    String who = report.partner(b.organisation());
    if (b.share() == null) {
      return who;
    }
    return who + ": share " + Wording.money(b.share()) + (b.cap() == null ? "" : ", cap " + Wording.money(b.cap()));
  }

  /** The rule or underspend term that shared {@code O_s} without steps, in words. */
  static String shareRule(IncomeExpenditureReport report) {
    IncomeExpenditure f = report.figures();
    if (f.riskShareBasis() == IncomeExpenditure.RiskShareBasis.UNDERSPEND) {
      return switch (f.terms().underspend() == null ? UnderspendTerm.RETURN : f.terms().underspend()) {
        case RETURN -> "Underspend RETURN: back to the partners by share";
        case RESERVE -> "Underspend RESERVE: all of it to the pool reserve";
        case HOST -> "Underspend HOST: the host keeps it all";
      };
    }
    return switch (report.riskShareRule()) {
      case SHARES -> "Rule SHARES: by share";
      case HOST -> "Rule HOST: all to the host";
      case OWN -> report.figures().model() == org.carepool.finance.Model.ALIGNED
          ? "Rule OWN, aligned: its own schemes' variances and its own budgets less its own contribution"
          : "Rule OWN: the variances of the schemes it funds, and its part of the budget gap";
    };
  }

  /** A part's source in words: "Step 3, shares", "Fixed schemes", "By the rule", "Underspend term". */
  static String source(String source) {
    if (source.startsWith("STEP ")) {
      String[] words = source.split(" ");
      return "Step " + words[1] + ", " + words[2].toLowerCase(Locale.UK);
    }
    return switch (source) {
      case "FIXED" -> "Fixed schemes' variances";
      case "RULE" -> "By the rule";
      case "UNDERSPEND" -> "Underspend term";
      case "OWN_SCHEMES" -> "Variances of the schemes it funds";
      case "BUDGET_GAP" -> "Its part of the budget gap (scheme budgets less contributions)";
      case "OWN_GAP" -> "Its own schemes' budgets less its own contribution";
      case "NOTHING" -> "Nothing to carry";
      default -> source;
    };
  }

  /** "the host" when the party is the host, else the partner's code and name. */
  private static String party(IncomeExpenditureReport report, String code) {
    return code != null && code.equals(report.figures().host()) ? "the host (" + code + ")" : report.partner(code);
  }

  /** A percentage as agreed, without trailing zeros: 1%, 2.5%. */
  static String percent(BigDecimal pct) {
    BigDecimal plain = pct.stripTrailingZeros();
    return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString() + "%";
  }
}
