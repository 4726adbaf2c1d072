package org.carepool.ingest;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules of an agreement step (SPEC §4.3) and which of {@code party}, {@code percent} and
 * {@code amount} each takes. A value in a column its rule does not take is a problem, not ignored:
 * {@code SHARES} with an amount most likely meant a cap, and a silently dropped cap moves money.
 */
enum StepRule {
  RESERVE(false, false, true, false),
  FIRST(true, true, true, true),
  SHARES(false, true, false, false),
  REST(true, false, false, false);

  static final Set<String> NAMES = Arrays.stream(values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());

  private final boolean party;
  private final boolean percent;
  private final boolean amount;
  /** Exactly one of percent and amount is given. */
  private final boolean oneLimit;

  StepRule(boolean party, boolean percent, boolean amount, boolean oneLimit) {
    this.party = party;
    this.percent = percent;
    this.amount = amount;
    this.oneLimit = oneLimit;
  }

  /** Records a problem for each column the rule needs and lacks, or does not take and has. */
  void checkColumns(Row row) {
    if (party && row.text("party") == null) {
      row.problem("party", "", "a " + name() + " step needs a party: HOST or the code of a partner");
    }
    refuse(row, "party", party);
    refuse(row, "percent", percent);
    refuse(row, "amount", amount);
    boolean hasPercent = row.text("percent") != null;
    boolean hasAmount = row.text("amount") != null;
    if (oneLimit && hasPercent && hasAmount) {
      row.problem("amount", row.text("amount"), "a " + name()
          + " step takes a percent (of the pool's contributions) or an amount, not both");
    } else if (oneLimit && !hasPercent && !hasAmount) {
      row.problem("percent", "", "a " + name()
          + " step needs a percent (of the pool's contributions) or an amount: give one of them");
    }
  }

  private void refuse(Row row, String column, boolean taken) {
    String value = row.text(column);
    if (!taken && value != null) {
      row.problem(column, value, "a " + name() + " step takes no " + column + " (" + Row.quoted(value) + ")");
    }
  }
}
