package org.carepool.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.carepool.finance.IncomeExpenditure;
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

  static String batches(List<Long> batches) {
    return batches.isEmpty() ? "none" : batches.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  static String schemesNote(IncomeExpenditure f) {
    int k = f.monthOrdinal();
    return "Budget to date is the annual budget × " + k + " / 12. Forecast outturn is the run rate "
        + "(actual to date × 12 / " + k + ") unless marked ‡, an analyst's forecast. Variance is forecast "
        + "outturn less annual budget: a positive figure is an overspend, a figure in brackets an underspend.";
  }

  static String riskShareNote(IncomeExpenditureReport report) {
    IncomeExpenditure f = report.figures();
    String rule = switch (report.riskShareRule()) {
      case SHARES -> "Rule SHARES: each partner bears the pool's forecast overspend in proportion to its share "
          + "(agreed shares where set, otherwise its share of contributions).";
      case HOST -> "Rule HOST: the host, " + report.partner(f.host()) + ", bears the whole forecast overspend.";
      case OWN -> "Rule OWN: each partner bears the variances of the schemes it funds; any difference between "
          + "scheme budgets and contributions is shared in proportion to the partners' shares.";
    };
    return report.context().model() == Model.ALIGNED
        ? rule + " Nothing is transferred between partners: each carries its own schemes in its own accounts."
        : rule;
  }

  static String costSplitNote(IncomeExpenditureReport report) {
    IncomeExpenditure f = report.figures();
    if (!report.context().model().hasCostSplit()) {
      return "";
    }
    return "The actual to date of " + money(f.pool().actualToDate()) + " is split by "
        + "share; less each partner's income to date, it gives what the partner owes the host, "
        + report.partner(f.host()) + " (in brackets: what the host owes it). For the host itself the "
        + "figure is the cost it carries.";
  }

  /** As the report shows money: £ with thousands separators, negatives in brackets. */
  static String money(BigDecimal amount) {
    DecimalFormat format = new DecimalFormat("#,##0.00;(#,##0.00)", DecimalFormatSymbols.getInstance(Locale.UK));
    return "£" + format.format(amount);
  }
}
