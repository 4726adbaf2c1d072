package org.carepool.dashboard;

import static org.carepool.db.generated.Tables.ACTIVITY_PRACTICE_SUMMARY;
import static org.carepool.db.generated.Tables.CONTRIBUTION;
import static org.carepool.db.generated.Tables.SPEND;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The freshness queries: who loaded spend to when, and how far activity goes. */
final class DashboardRepository {
  private final DSLContext dsl;

  DashboardRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** Arrangement to partner to its last month of spend (null: none); partners are contributors or spenders. */
  Map<String, Map<String, YearMonth>> lastSpendByPartner() {
    Map<String, Map<String, YearMonth>> last = new TreeMap<>();
    dsl.selectDistinct(CONTRIBUTION.ARRANGEMENT, CONTRIBUTION.ORGANISATION).from(CONTRIBUTION)
        .forEach(r -> last.computeIfAbsent(r.value1(), a -> new TreeMap<>()).put(r.value2(), null));
    dsl.select(SPEND.ARRANGEMENT, SPEND.ORGANISATION, DSL.max(SPEND.MONTH)).from(SPEND)
        .groupBy(SPEND.ARRANGEMENT, SPEND.ORGANISATION)
        .forEach(r -> last.computeIfAbsent(r.value1(), a -> new TreeMap<>()).put(r.value2(), month(r.value3())));
    return last;
  }

  /** The latest month of activity loaded (from its summary, not the episodes); null when none. */
  YearMonth activityTo() {
    return month(dsl.select(DSL.max(ACTIVITY_PRACTICE_SUMMARY.MONTH)).from(ACTIVITY_PRACTICE_SUMMARY).fetchOne(0,
        LocalDate.class));
  }

  private static YearMonth month(LocalDate date) {
    return date == null ? null : YearMonth.from(date);
  }
}
