package org.carepool.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.carepool.finance.IncomeExpenditure.KeyVariance;
import org.carepool.finance.IncomeExpenditure.Pool;
import org.carepool.finance.IncomeExpenditure.Scheme;

/**
 * Which variances a board must hear about (SPEC §6 "key variances"): a scheme or the pool rated
 * AMBER or RED, or whose forecast moved since the last closed month by at least the movement
 * threshold: 1% of its budget (the pool: of its contributions) or £50,000, whichever is smaller.
 * The threshold is fixed here rather than an agreement term because §3 keeps
 * {@code agreement_terms.csv}'s columns as they are.
 */
final class KeyVariances {
  static final BigDecimal MOVEMENT_CAP = new BigDecimal("50000.00");
  static final BigDecimal MOVEMENT_PCT = BigDecimal.ONE;

  private KeyVariances() {}

  /** The pool first (when it is one), then schemes in code order; commentary keyed by scheme code ("" = pool). */
  static List<KeyVariance> of(Pool pool, List<Scheme> schemes, Map<String, Commentary> commentary) {
    List<KeyVariance> keys = new ArrayList<>();
    List<String> poolReasons = reasons(pool.rating(), pool.movement(), pool.contributions());
    if (!poolReasons.isEmpty()) {
      keys.add(key(null, "Pool", pool.rating(), pool.overspend(), pool.variancePct(), pool.movement(), poolReasons,
          commentary.get("")));
    }
    for (Scheme s : schemes) {
      List<String> reasons = reasons(s.rating(), s.movement(), s.budget());
      if (!reasons.isEmpty()) {
        keys.add(key(s.code(), s.name(), s.rating(), s.variance(), s.variancePct(), s.movement(), reasons,
            commentary.get(s.code())));
      }
    }
    return keys;
  }

  /** The smaller of 1% of the base and £50,000, to the penny. */
  static BigDecimal movementThreshold(BigDecimal base) {
    return Money.percentOf(base.abs(), MOVEMENT_PCT).min(MOVEMENT_CAP);
  }

  private static List<String> reasons(Rating rating, BigDecimal movement, BigDecimal base) {
    List<String> reasons = new ArrayList<>();
    if (rating != Rating.GREEN) {
      reasons.add(rating.name());
    }
    if (movement != null && movement.signum() != 0 && movement.abs().compareTo(movementThreshold(base)) >= 0) {
      reasons.add("MOVEMENT");
    }
    return reasons;
  }

  private static KeyVariance key(String scheme, String name, Rating rating, BigDecimal variance, BigDecimal pct,
      BigDecimal movement, List<String> reasons, Commentary c) {
    return new KeyVariance(scheme, name, rating, variance, pct, movement, reasons,
        c == null ? null : c.commentary(), c == null ? null : c.action(), c == null ? null : c.owner(),
        c == null ? null : c.due());
  }

  static String key(Commentary c) {
    return Objects.requireNonNullElse(c.scheme(), "");
  }
}
