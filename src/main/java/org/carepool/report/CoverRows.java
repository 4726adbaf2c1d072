package org.carepool.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.carepool.finance.IncomeExpenditure;
import org.carepool.finance.IncomeExpenditure.Borne;
import org.carepool.finance.IncomeExpenditure.Part;
import org.carepool.finance.IncomeExpenditure.RiskShare;
import org.carepool.finance.IncomeExpenditure.Scheme;
import org.carepool.finance.IncomeExpenditure.Step;
import org.carepool.finance.RiskClass;

/**
 * "How the overspend is covered" (SPEC §4.2–4.3) as rows, in the order the figures arise: the pool
 * overspend, the fixed and ring-fenced schemes taken out, the shareable overspend, what each step
 * (or the rule, or the underspend term) took and from whom, and what is left unallocated. The PDF's
 * table, the XLSX, the CSV and the waterfall chart are all drawn from these rows, so they agree.
 * The running remainder is the report's only sum: each row's taken subtracted from the one before.
 */
final class CoverRows {

  enum Kind { TOTAL, ADJUSTMENT, TAKEN, UNALLOCATED }

  /**
   * @param step  the agreement step's number, or empty
   * @param rule  what the agreement (or the rule) says, in words
   * @param party who bears it, in words; empty for a running total
   * @param bar   the short label of its bar in the waterfall chart
   */
  record Row(String step, String rule, String party, BigDecimal taken, BigDecimal remaining, Kind kind, String bar) {}

  private final IncomeExpenditureReport report;
  private final IncomeExpenditure f;
  private final List<Row> rows = new ArrayList<>();
  private BigDecimal remaining;

  private CoverRows(IncomeExpenditureReport report) {
    this.report = report;
    this.f = report.figures();
  }

  static List<Row> of(IncomeExpenditureReport report) {
    return new CoverRows(report).build();
  }

  private List<Row> build() {
    remaining = f.pool().overspend();
    boolean pooled = f.model() != org.carepool.finance.Model.ALIGNED;
    rows.add(new Row("", (pooled ? "Pool" : "Combined") + " forecast overspend / (underspend) against contributions",
        "", null, remaining, Kind.TOTAL, (pooled ? "Pool " : "Combined ")
            + (remaining.signum() < 0 ? "underspend" : "overspend")));
    boolean adjusted = false;
    for (Scheme s : f.schemes()) {
      if (s.riskClass() != RiskClass.VARIABLE && s.variance().signum() != 0) {
        adjustment(s);
        adjusted = true;
      }
    }
    if (adjusted) {
      remaining = f.pool().shareable();
      rows.add(new Row("", "Shareable overspend / (underspend)", "", null, remaining, Kind.TOTAL, "Shareable"));
    }
    switch (f.riskShareBasis()) {
      case STEPS -> f.steps().forEach(this::step);
      case RULE, UNDERSPEND -> shares();
    }
    if (f.unallocated().signum() != 0) {
      rows.add(new Row("", "Unallocated: the agreement does not cover it", "", null, f.unallocated(),
          Kind.UNALLOCATED, "Unallocated"));
    } else if (f.riskShareBasis() == IncomeExpenditure.RiskShareBasis.STEPS) {
      rows.add(new Row("", "Left unallocated", "", null, f.unallocated(), Kind.TOTAL, "Unallocated"));
    }
    return rows;
  }

  /** A FIXED scheme's variance goes to the host (the funder, ALIGNED); a RING_FENCED one stays with the scheme. */
  private void adjustment(Scheme s) {
    boolean fixed = s.riskClass() == RiskClass.FIXED;
    String bearer = fixed ? (f.host() == null ? s.funder() : f.host()) : null;
    String rule = fixed
        ? "Fixed scheme " + s.code() + " " + s.name() + ": its variance falls to the "
            + (f.host() == null ? "funder" : "host")
        : "Ring-fenced scheme " + s.code() + " " + s.name() + ": its variance stays with the scheme, carried forward";
    take("", rule, fixed ? report.partner(bearer) : "carried forward, outside the general reserve", s.variance(),
        Kind.ADJUSTMENT, s.code() + (fixed ? " fixed: " + bearer : " ring-fenced"));
  }

  private void step(Step step) {
    String number = String.valueOf(step.number());
    String rule = CoverWording.stepRule(report, step);
    if (step.borne().isEmpty()) {
      String party = step.rule() == org.carepool.finance.StepRule.RESERVE ? "the pool reserve"
          : step.party() == null ? "" : report.partner(step.party());
      take(number, rule, party, step.taken(), Kind.TAKEN, number + " " + CoverWording.stepName(step)
          + (step.party() == null ? "" : ": " + step.party()));
      return;
    }
    // the step's rule once, on its first partner's row
    for (Borne b : step.borne()) {
      take(number, b == step.borne().get(0) ? rule : "", CoverWording.borneBy(report, b), b.amount(), Kind.TAKEN,
          number + " " + CoverWording.stepName(step) + ": " + b.organisation());
    }
  }

  /** Without steps: each partner's part under the rule or the underspend term, and any underspend put in reserve. */
  private void shares() {
    String rule = CoverWording.shareRule(report);
    int first = rows.size();
    for (RiskShare r : f.riskShare()) {
      for (Part p : parts(r)) {
        if (!p.source().equals("FIXED")) {
          take("", rows.size() == first ? rule : "", report.partner(r.organisation()), p.amount(), Kind.TAKEN,
              r.organisation());
        }
      }
    }
    if (f.reserves().underspendAdded().signum() != 0) {
      take("", rows.size() == first ? rule : "", "the pool reserve", f.reserves().underspendAdded().negate(),
          Kind.TAKEN, "To the reserve");
    }
  }

  private void take(String step, String rule, String party, BigDecimal taken, Kind kind, String bar) {
    remaining = remaining.subtract(taken);
    rows.add(new Row(step, rule, party, taken, remaining, kind, bar));
  }

  /** A partner's parts; a figure worked out before parts were kept is one part under the rule. */
  static List<Part> parts(RiskShare r) {
    if (r.parts().isEmpty() && r.amount().signum() != 0) {
      return List.of(new Part("RULE", r.amount()));
    }
    return r.parts();
  }
}
