package org.carepool.ingest;

import static org.carepool.db.generated.Tables.ACTIVITY;
import static org.carepool.db.generated.Tables.ACTIVITY_BED_SUMMARY;
import static org.carepool.db.generated.Tables.ACTIVITY_PRACTICE_SUMMARY;
import static org.carepool.db.generated.Tables.ACTIVITY_SUMMARY;
import static org.carepool.db.generated.Tables.KPI_ACTIVITY_SUMMARY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.carepool.db.BulkWriter;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Writes the activity summaries (schema V4, V7) from an {@link ActivityTally}, in the load's
 * transaction: the summary rows of the months a load replaced are deleted and the tally's cells
 * inserted. Locality is the practice's locality at the time of the load; when a practice moves,
 * {@link #rebuildAll} sums every stored activity row again under the new localities.
 */
final class ActivitySummaries {
  private static final List<Field<?>> PEOPLE = List.of(ACTIVITY_SUMMARY.MONTH, ACTIVITY_SUMMARY.LOCALITY,
      ACTIVITY_SUMMARY.AGE_BAND, ACTIVITY_SUMMARY.SEX, ACTIVITY_SUMMARY.SETTING, ACTIVITY_SUMMARY.ADMISSION_TYPE,
      ACTIVITY_SUMMARY.EPISODES, ACTIVITY_SUMMARY.BED_DAYS, ACTIVITY_SUMMARY.COST);
  private static final List<Field<?>> KPI = List.of(KPI_ACTIVITY_SUMMARY.MONTH, KPI_ACTIVITY_SUMMARY.LOCALITY,
      KPI_ACTIVITY_SUMMARY.AGE_GROUP, KPI_ACTIVITY_SUMMARY.NON_ELECTIVE, KPI_ACTIVITY_SUMMARY.CARE_HOME,
      KPI_ACTIVITY_SUMMARY.INSTITUTIONAL, KPI_ACTIVITY_SUMMARY.EPISODES, KPI_ACTIVITY_SUMMARY.BED_DAYS,
      KPI_ACTIVITY_SUMMARY.COST);
  private static final List<Field<?>> PRACTICES = List.of(ACTIVITY_PRACTICE_SUMMARY.MONTH,
      ACTIVITY_PRACTICE_SUMMARY.PRACTICE, ACTIVITY_PRACTICE_SUMMARY.LOCALITY, ACTIVITY_PRACTICE_SUMMARY.EPISODES,
      ACTIVITY_PRACTICE_SUMMARY.COST);
  private static final List<Field<?>> BEDS = List.of(ACTIVITY_BED_SUMMARY.MONTH, ACTIVITY_BED_SUMMARY.LOCALITY,
      ACTIVITY_BED_SUMMARY.SITE, ACTIVITY_BED_SUMMARY.SPECIALTY, ACTIVITY_BED_SUMMARY.EPISODES,
      ACTIVITY_BED_SUMMARY.BED_DAYS);

  private ActivitySummaries() {
  }

  /** Replaces the summaries of {@code months} with the tally of the rows that now make up those months. */
  static void replace(DSLContext trx, ImportRepository repository, BulkWriter bulk, Collection<LocalDate> months,
      ActivityTally tally) {
    repository.deleteWhereIn(trx, ACTIVITY_SUMMARY, ACTIVITY_SUMMARY.MONTH, months);
    repository.deleteWhereIn(trx, KPI_ACTIVITY_SUMMARY, KPI_ACTIVITY_SUMMARY.MONTH, months);
    repository.deleteWhereIn(trx, ACTIVITY_PRACTICE_SUMMARY, ACTIVITY_PRACTICE_SUMMARY.MONTH, months);
    repository.deleteWhereIn(trx, ACTIVITY_BED_SUMMARY, ACTIVITY_BED_SUMMARY.MONTH, months);
    write(trx, bulk, tally);
  }

  /** Sums every stored activity row again, under each practice's locality in {@code practiceLocality}. */
  static void rebuildAll(DSLContext trx, BulkWriter bulk, Map<String, String> practiceLocality) {
    ActivityTally tally = new ActivityTally(practiceLocality);
    try (var rows = trx.select(ACTIVITY.MONTH, ACTIVITY.PRACTICE, ACTIVITY.AGE, ACTIVITY.SEX, ACTIVITY.SETTING,
        ACTIVITY.ADMISSION_TYPE, ACTIVITY.SPECIALTY, ACTIVITY.SITE, ACTIVITY.BED_DAYS, ACTIVITY.COST)
        .from(ACTIVITY).fetchSize(10_000).fetchLazy()) {
      rows.forEach(r -> tally.add(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
          r.value7(), r.value8(), r.value9(), r.value10()));
    }
    for (Table<?> summary : List.of(ACTIVITY_SUMMARY, KPI_ACTIVITY_SUMMARY, ACTIVITY_PRACTICE_SUMMARY,
        ACTIVITY_BED_SUMMARY)) {
      trx.deleteFrom(summary).execute();
    }
    write(trx, bulk, tally);
  }

  private static void write(DSLContext trx, BulkWriter bulk, ActivityTally tally) {
    bulk.insert(trx, ACTIVITY_SUMMARY, PEOPLE, inKeyOrder(people(tally), 6));
    bulk.insert(trx, KPI_ACTIVITY_SUMMARY, KPI, inKeyOrder(kpiGroups(tally), 6));
    bulk.insert(trx, ACTIVITY_PRACTICE_SUMMARY, PRACTICES, inKeyOrder(practices(tally), 2));
    bulk.insert(trx, ACTIVITY_BED_SUMMARY, BEDS, inKeyOrder(beds(tally), 4));
  }

  /**
   * The rows in the order of the table's primary key (its first {@code keyColumns} fields): into an
   * empty table Derby builds the key's index by sorting, and rows that come sorted halve the write.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Iterator<Object[]> inKeyOrder(List<Object[]> rows, int keyColumns) {
    rows.sort((a, b) -> {
      for (int i = 0; i < keyColumns; i++) {
        int order = ((Comparable) a[i]).compareTo(b[i]);
        if (order != 0) {
          return order;
        }
      }
      return 0;
    });
    return rows.iterator();
  }

  private static List<Object[]> people(ActivityTally tally) {
    List<Object[]> rows = new ArrayList<>(tally.people.size());
    tally.people.forEach((key, episodes, bedDays, pence) -> rows.add(new Object[] {
        ActivityTally.month(key, ActivityTally.MONTH), tally.locality(key, 16), ActivityTally.ageBand(key),
        ActivityTally.sex(key), ActivityTally.setting(key).name(), ActivityTally.admissionType(key),
        Math.toIntExact(episodes), bedDays, BigDecimal.valueOf(pence, 2)}));
    return rows;
  }

  /** The derived KPIs' grain (V7), summed from the person groups: month and locality kept, the rest flags. */
  private static List<Object[]> kpiGroups(ActivityTally tally) {
    LongKeySums groups = new LongKeySums();
    tally.people.forEach((key, episodes, bedDays, pence) -> {
      String group = ActivityTally.ageGroup(key);
      long flags = (group.equals("75_PLUS") ? 2L : group.equals("65_74") ? 1L : 0L) << 3
          | (ActivityTally.nonElective(key) ? 4L : 0L)
          | (ActivityTally.setting(key) == org.carepool.vocabulary.CareType.CARE_HOME ? 2L : 0L)
          | (ActivityTally.setting(key).institutional() ? 1L : 0L);
      groups.add((key >>> 16) << 8 | flags, episodes, bedDays, pence);
    });
    List<Object[]> rows = new ArrayList<>(groups.size());
    groups.forEach((key, episodes, bedDays, pence) -> rows.add(new Object[] {
        ActivityTally.month(key, ActivityTally.MONTH - 16 + 8), tally.locality(key, 8),
        List.of("UNDER_65", "65_74", "75_PLUS").get((int) (key >>> 3 & 3)), (key & 4) != 0, (key & 2) != 0,
        (key & 1) != 0, Math.toIntExact(episodes), bedDays, BigDecimal.valueOf(pence, 2)}));
    return rows;
  }

  private static List<Object[]> practices(ActivityTally tally) {
    List<Object[]> rows = new ArrayList<>(tally.byPractice.size());
    tally.byPractice.forEach((key, episodes, bedDays, pence) -> {
      String practice = tally.practice(key & 0xFFFF_FFFFL);
      rows.add(new Object[] {ActivityTally.month(key, ActivityTally.MONTH), practice,
          tally.localityOfPractice(practice), Math.toIntExact(episodes), BigDecimal.valueOf(pence, 2)});
    });
    return rows;
  }

  private static List<Object[]> beds(ActivityTally tally) {
    List<Object[]> rows = new ArrayList<>(tally.beds.size());
    tally.beds.forEach((key, episodes, bedDays, unused) -> rows.add(new Object[] {
        ActivityTally.month(key, ActivityTally.BED_MONTH), tally.locality(key, 32), tally.site(key),
        tally.specialty(key), Math.toIntExact(episodes), bedDays}));
    return rows;
  }
}
