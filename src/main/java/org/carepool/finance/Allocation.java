package org.carepool.finance;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.carepool.finance.IncomeExpenditure.Part;
import org.carepool.finance.IncomeExpenditure.RiskShare;

/**
 * What the rules and steps have put on each partner so far, by source, and what they have drawn
 * from or added to the pool reserve. One per statement; the rules write to it in order.
 */
final class Allocation {
  static final String RULE = "RULE";
  static final String FIXED = "FIXED";
  static final String UNDERSPEND = "UNDERSPEND";

  /** The two terms of an OWN part, kept so a reader can tie it back to the scheme table. */
  private record Own(BigDecimal schemesVariance, BigDecimal budgetGap) {}

  private final SortedMap<String, Map<String, BigDecimal>> parts = new TreeMap<>();
  private final Map<String, Own> own = new TreeMap<>();
  private BigDecimal reserveDrawn = Money.ZERO;
  private BigDecimal underspendAdded = Money.ZERO;

  /** Lists a partner, carrying nothing until a rule puts something on it. */
  void list(String organisation) {
    parts.computeIfAbsent(organisation, o -> new LinkedHashMap<>());
  }

  /** Puts an amount on a partner under a source; a zero part is not kept, but the partner is listed. */
  void bear(String organisation, String source, BigDecimal amount) {
    list(organisation);
    if (amount.signum() != 0) {
      parts.get(organisation).merge(source, amount, BigDecimal::add);
    }
  }

  /** OWN: the partner's own schemes' variance and its part of the budget gap, as one RULE part. */
  void bearOwn(String organisation, BigDecimal ownSchemesVariance, BigDecimal budgetGap) {
    own.put(organisation, new Own(ownSchemesVariance, budgetGap));
    bear(organisation, RULE, ownSchemesVariance.add(budgetGap));
  }

  void drawReserve(BigDecimal amount) {
    reserveDrawn = reserveDrawn.add(amount);
  }

  void addToReserve(BigDecimal amount) {
    underspendAdded = underspendAdded.add(amount);
  }

  BigDecimal reserveDrawn() {
    return reserveDrawn;
  }

  BigDecimal underspendAdded() {
    return underspendAdded;
  }

  List<RiskShare> shares() {
    return parts.entrySet().stream().map(e -> {
      List<Part> list = e.getValue().entrySet().stream().map(p -> new Part(p.getKey(), p.getValue())).toList();
      BigDecimal total = list.stream().map(Part::amount).reduce(Money.ZERO, BigDecimal::add);
      Own ownParts = own.get(e.getKey());
      return new RiskShare(e.getKey(), total, list, ownParts == null ? null : ownParts.schemesVariance(),
          ownParts == null ? null : ownParts.budgetGap());
    }).toList();
  }
}
