package org.carepool.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.carepool.finance.IncomeExpenditure;
import org.carepool.finance.IncomeExpenditure.Part;
import org.carepool.finance.IncomeExpenditure.RiskShare;
import org.carepool.finance.IncomeExpenditure.Scheme;
import org.carepool.finance.Model;
import org.carepool.finance.RiskShareRule;

/** The I&amp;E's tables as the subreports read them: one map per row, keyed by the subreport's field names. */
final class IncomeExpenditureRows {

  private IncomeExpenditureRows() {
  }

  static List<Map<String, ?>> income(IncomeExpenditureReport report) {
    return report.figures().income().stream().map(i -> row("partner", report.partner(i.organisation()),
        "contribution", i.contribution(), "toDate", i.toDate())).collect(Collectors.toList());
  }

  /** In scheme-code order; partner by partner (funder, then code) when {@code byFunder}. */
  static List<Map<String, ?>> schemes(IncomeExpenditureReport report, boolean byFunder) {
    return ordered(report, byFunder).stream().map(s -> row(
        "funder", report.partner(s.funder()), "funderCode", s.funder(), "scheme", schemeName(s),
        "budget", s.budget(), "budgetToDate", s.budgetToDate(), "actualToDate", s.actualToDate(),
        "varianceToDate", s.varianceToDate(), "forecast", s.forecast(), "basis", Wording.basis(s),
        "variance", s.variance(), "variancePct", s.variancePct(), "rating", s.rating().name(),
        "previousForecast", s.previousForecast(), "movement", s.movement()))
        .collect(Collectors.toList());
  }

  /** "A3 Disabled facilities grant (ring-fenced)": a scheme whose variance is not shared says so. */
  static String schemeName(Scheme s) {
    return s.code() + " " + s.name() + switch (s.riskClass()) {
      case VARIABLE -> "";
      case FIXED -> " (fixed)";
      case RING_FENCED -> " (ring-fenced)";
    };
  }

  /**
   * One bar per scheme, in the table's order: overspends and underspends as two series of a stacked
   * chart, so each has its colour and no bar is pushed aside; a zero variance counts as an overspend
   * of nothing, so the scheme stays on the axis.
   */
  static List<Map<String, ?>> varianceChart(IncomeExpenditureReport report, Units units) {
    return ordered(report, report.context().model() == Model.ALIGNED).stream().map(s -> row(
        "scheme", chartLabel(s),
        "overspend", s.variance().signum() >= 0 ? units.shown(s.variance()) : null,
        "underspend", s.variance().signum() < 0 ? units.shown(s.variance()) : null)).collect(Collectors.toList());
  }

  /** A bar's label: the code and the name, cut to fit under a bar ("A1 Hospital discharge"). */
  static String chartLabel(Scheme s) {
    String label = s.code() + " " + s.name();
    return label.length() <= CHART_LABEL_CHARS ? label : label.substring(0, CHART_LABEL_CHARS - 1).strip() + "…";
  }

  private static final int CHART_LABEL_CHARS = 24;

  /**
   * The key variances (the pool first, then schemes): why each is listed in words, and the finance
   * lead's commentary, action, owner and due date ({@code null} when not given).
   */
  static List<Map<String, ?>> keyVariances(IncomeExpenditureReport report) {
    return report.figures().keyVariances().stream().map(k -> row(
        "scheme", k.scheme() == null ? "Pool as a whole" : k.scheme() + " " + k.name(),
        "listedFor", Wording.listedFor(k), "variance", k.variance(), "movement", k.movement(),
        "commentary", k.explained() ? k.commentary() : null, "action", k.action(), "owner", k.owner(),
        "due", k.due() == null ? null : Wording.date(k.due()))).collect(Collectors.toList());
  }

  static List<Map<String, ?>> cover(List<CoverRows.Row> rows) {
    return rows.stream().map(r -> row("step", r.step(), "rule", r.rule(), "party", r.party(), "taken", r.taken(),
        "remaining", r.remaining(), "kind", r.kind().name())).collect(Collectors.toList());
  }

  /** Each partner's parts by source; under OWN the amount's two parts, so it ties back to the scheme table. */
  static List<Map<String, ?>> riskShare(IncomeExpenditureReport report) {
    List<Map<String, ?>> rows = new ArrayList<>();
    for (RiskShare r : report.figures().riskShare()) {
      for (Part part : parts(report, r)) {
        rows.add(row("partnerCode", r.organisation(), "partner", report.partner(r.organisation()),
            "source", CoverWording.source(part.source()), "amount", part.amount()));
      }
    }
    return rows;
  }

  /** The parts shown for a partner: OWN's two named parts in place of the rule's one; a partner carrying nothing shows 0.00. */
  static List<Part> parts(IncomeExpenditureReport report, RiskShare r) {
    List<Part> parts = new ArrayList<>();
    for (Part p : CoverRows.parts(r)) {
      if (p.source().equals("RULE") && report.riskShareRule() == RiskShareRule.OWN && r.ownSchemesVariance() != null) {
        parts.add(new Part("OWN_SCHEMES", r.ownSchemesVariance()));
        parts.add(new Part(report.context().model() == Model.ALIGNED ? "OWN_GAP" : "BUDGET_GAP", r.shareOfBudgetGap()));
      } else {
        parts.add(p);
      }
    }
    return parts.isEmpty() ? List.of(new Part("NOTHING", r.amount())) : parts;
  }

  static List<Map<String, ?>> costSplit(IncomeExpenditureReport report) {
    IncomeExpenditure f = report.figures();
    return f.costSplit().stream().map(s -> row("partner", Wording.costSplitPartner(report, s),
        "ratio", ratioPct(f, s.organisation()), "amount", s.amount(), "incomeToDate", s.incomeToDate(),
        "owedToHost", s.owedToHost(), "isHost", s.isHost())).collect(Collectors.toList());
  }

  /** The contribution ratio {@code C_p / C} as a percentage to one decimal, for display beside the split it governs. */
  static BigDecimal ratioPct(IncomeExpenditure f, String organisation) {
    BigDecimal contribution = f.income().stream().filter(i -> i.organisation().equals(organisation))
        .map(IncomeExpenditure.Income::contribution).findFirst().orElse(BigDecimal.ZERO);
    return contribution.multiply(BigDecimal.valueOf(100)).divide(f.pool().contributions(), 1, RoundingMode.HALF_UP);
  }

  static List<Scheme> ordered(IncomeExpenditureReport report, boolean byFunder) {
    Comparator<Scheme> order = byFunder
        ? Comparator.comparing(Scheme::funder).thenComparing(Scheme::code)
        : Comparator.comparing(Scheme::code);
    return report.figures().schemes().stream().sorted(order).toList();
  }

  static Map<String, ?> row(Object... keysAndValues) {
    Map<String, Object> row = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return row;
  }
}
