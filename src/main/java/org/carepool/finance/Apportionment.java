package org.carepool.finance;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Partners' shares {@code s_p} of an arrangement, and the one rule for splitting a whole among
 * them (SPEC §4) — used for the risk share, the {@code (ΣB − C)} part of OWN and the cost split.
 *
 * <p>Shares are held as exact weights, {@code s_p = w_p / Σw}: contributions {@code C_p} (so
 * {@code s_p = C_p / C}) or agreed percentages. A part is {@code whole × w_p / Σw}, multiplied
 * before dividing and rounded once to the penny, half up. The rounding remainder
 * {@code whole − Σ parts} goes to the partner with the largest share (ties: the lowest
 * organisation code), so the parts always sum exactly to the whole.
 */
final class Apportionment {

  private final SortedMap<String, BigDecimal> weights;
  private final BigDecimal total;
  private final String largest;

  private Apportionment(SortedMap<String, BigDecimal> weights) {
    this.weights = Collections.unmodifiableSortedMap(weights);
    this.total = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.signum() <= 0) {
      throw new IllegalArgumentException("shares need a positive total, not " + total);
    }
    this.largest = largestShare(weights);
  }

  /** {@code s_p = C_p / C}, kept as the exact fraction. */
  static Apportionment byContributions(Map<String, BigDecimal> contributions) {
    return new Apportionment(new TreeMap<>(contributions));
  }

  /** Agreed shares as percentages; they must sum to 100. */
  static Apportionment byAgreedPercent(Map<String, BigDecimal> percent) {
    BigDecimal sum = percent.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (sum.compareTo(BigDecimal.valueOf(100)) != 0) {
      throw new FinanceException("agreed shares sum to " + sum.toPlainString() + "%, not 100%");
    }
    if (percent.values().stream().anyMatch(p -> p.signum() < 0)) {
      throw new FinanceException("agreed shares must not be negative: " + new TreeMap<>(percent));
    }
    return new Apportionment(new TreeMap<>(percent));
  }

  /** The partners holding a share, in organisation-code order. */
  SortedSet<String> organisations() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(weights.keySet()));
  }

  /** The partner that takes rounding remainders. */
  String largest() {
    return largest;
  }

  /** Splits a penny amount among the partners; the parts sum exactly to {@code whole}. */
  SortedMap<String, BigDecimal> split(BigDecimal whole) {
    BigDecimal pennies = Money.pounds(whole, "amount to split");
    SortedMap<String, BigDecimal> parts = new TreeMap<>();
    BigDecimal allocated = BigDecimal.ZERO;
    for (Map.Entry<String, BigDecimal> share : weights.entrySet()) {
      BigDecimal part = Money.fraction(pennies, share.getValue(), total);
      parts.put(share.getKey(), part);
      allocated = allocated.add(part);
    }
    parts.merge(largest, pennies.subtract(allocated), BigDecimal::add);
    return parts;
  }

  private static String largestShare(SortedMap<String, BigDecimal> weights) {
    String largest = null;
    for (Map.Entry<String, BigDecimal> share : weights.entrySet()) {
      // strictly greater: on a tie the earlier, lower code keeps it
      if (largest == null || share.getValue().compareTo(weights.get(largest)) > 0) {
        largest = share.getKey();
      }
    }
    return largest;
  }
}
