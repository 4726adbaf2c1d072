package org.carepool.ingest;

import static org.carepool.db.generated.Tables.RISK_STEP;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.carepool.db.generated.tables.records.RiskStepRecord;
import org.jooq.Field;

/**
 * {@code risk_steps.csv}: a pooled arrangement's steps for covering an overspend in a financial
 * year (SPEC §4.3). A ladder is read whole, so each (arrangement, financial year) in the file
 * replaces all the steps stored for it: a shorter ladder leaves no stale step behind. Per ladder the
 * steps are numbered 1, 2, … without gaps, and REST comes last. A party is {@code HOST}, the
 * arrangement's host, or an organisation contributing to the arrangement in that year (stored, or
 * in contributions.csv of the same load): a step's money must fall on a partner of that year.
 */
final class RiskStepsFile implements EntityFile {
  static final String HOST = "HOST";
  private static final int MAX_STEPS = 99;
  private static final List<Field<?>> FIELDS = List.of(RISK_STEP.ARRANGEMENT, RISK_STEP.FINANCIAL_YEAR,
      RISK_STEP.STEP, RISK_STEP.RULE, RISK_STEP.PARTY, RISK_STEP.PERCENT, RISK_STEP.AMOUNT, RISK_STEP.IMPORT_BATCH);

  /** One arrangement's steps for one financial year. */
  private record Ladder(String arrangement, int year) {
    @Override
    public String toString() {
      return arrangement + " " + Values.showFinancialYear(year);
    }
  }

  /** Where a step is in the file, and its rule (null when the rule was wrong). */
  private record StepLine(long line, String rule) {
  }

  private final Catalogue catalogue;
  private final Keys keys = new Keys("arrangement", 1);
  private final Map<Ladder, TreeMap<Integer, StepLine>> ladders = new LinkedHashMap<>();

  RiskStepsFile(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void check(Row row) {
    RiskStepRecord values = values(row);
    String arrangement = values.getArrangement();
    Integer year = values.getFinancialYear();
    Integer step = values.getStep();
    keys.add(row, arrangement, year, step);
    catalogue.checkYearWithin(row, arrangement, year);
    if (arrangement != null && catalogue.isAligned(arrangement)) {
      row.problem("arrangement", arrangement, "arrangement " + arrangement + " is ALIGNED: it has no pool to share, "
          + "each partner bears its own (risk_share OWN), so it can have no risk-share steps");
    }
    if (values.getRule() != null) {
      StepRule.valueOf(values.getRule()).checkColumns(row);
    }
    checkParty(row, arrangement, year, values.getParty());
    if (arrangement != null && year != null && step != null) {
      ladders.computeIfAbsent(new Ladder(arrangement, year), l -> new TreeMap<>())
          .putIfAbsent(step, new StepLine(row.line(), values.getRule()));
    }
  }

  private RiskStepRecord values(Row row) {
    RiskStepRecord step = new RiskStepRecord();
    step.setArrangement(row.requiredCode("arrangement", catalogue.arrangementCodes(), "arrangement"));
    step.setFinancialYear(row.financialYear("financial_year"));
    step.setStep(row.integer("step", 1, MAX_STEPS));
    step.setRule(row.oneOf("rule", StepRule.NAMES));
    step.setParty(row.optional("party", Row.CODE));
    step.setPercent(row.optionalPercent("percent"));
    step.setAmount(optionalMoney(row));
    return step;
  }

  private static BigDecimal optionalMoney(Row row) {
    return row.text("amount") == null ? null : row.money("amount", false);
  }

  private void checkParty(Row row, String arrangement, Integer year, String party) {
    if (party == null || party.equals(HOST) || arrangement == null || year == null
        || party.equals(catalogue.host(arrangement)) || catalogue.contributes(arrangement, party, year)) {
      return;
    }
    row.problem("party", party, "party " + Row.quoted(party) + " is not a partner of " + arrangement + " in "
        + Values.showFinancialYear(year) + ": a party is HOST, the host, or an organisation contributing that year");
  }

  /** Each ladder is numbered 1, 2, … without gaps, with REST (which takes all that remains) last. */
  @Override
  public void finish(FinishContext context) {
    ladders.forEach((ladder, steps) -> {
      int expected = 1;
      for (Map.Entry<Integer, StepLine> step : steps.entrySet()) {
        if (step.getKey() != expected) {
          context.problem(step.getValue().line(), "step", step.getKey().toString(), "the steps of " + ladder
              + " must be numbered 1, 2, 3, … without gaps: step " + expected + " is missing");
          break;
        }
        expected++;
      }
      steps.forEach((number, step) -> {
        if (StepRule.REST.name().equals(step.rule()) && !number.equals(steps.lastKey())) {
          context.problem(step.line(), "rule", step.rule(), "REST takes all that remains, so it must be the last step;"
              + " step " + number + " of " + ladder + " is followed by step " + steps.higherKey(number));
        }
      });
    });
  }

  @Override
  public String write(WriteContext out) {
    List<List<Object>> replaced = ladders.keySet().stream().map(l -> List.<Object>of(l.arrangement(), l.year()))
        .toList();
    int deleted = out.repository.deleteKeys(out.trx, RISK_STEP, FIELDS.subList(0, 2), replaced);
    long rows = out.insert(RISK_STEP, FIELDS, this::values);
    return String.format("steps of %d arrangement-year(s) replaced (%,d rows out, %,d in): %s", ladders.size(),
        deleted, rows, ladders.keySet().stream().map(Ladder::toString).sorted().toList());
  }
}
