package org.carepool.ingest;

import static org.carepool.db.generated.Tables.ACTIVITY;
import static org.carepool.db.generated.Tables.ACTIVITY_MONTH;
import static org.carepool.db.generated.Tables.AGREEMENT_TERMS;
import static org.carepool.db.generated.Tables.ARRANGEMENT;
import static org.carepool.db.generated.Tables.BOARD;
import static org.carepool.db.generated.Tables.CONTRIBUTION;
import static org.carepool.db.generated.Tables.KPI;
import static org.carepool.db.generated.Tables.LOCALITY;
import static org.carepool.db.generated.Tables.ORGANISATION;
import static org.carepool.db.generated.Tables.POOL_RESERVE;
import static org.carepool.db.generated.Tables.PRACTICE;
import static org.carepool.db.generated.Tables.RISK_STEP;
import static org.carepool.db.generated.Tables.SCHEME;
import static org.carepool.db.generated.Tables.SPEND;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** The jOOQ queries of the import: what the store already knows, and the deletes and upserts of a load. */
final class ImportRepository {
  private static final int IN_LIST = 500;

  /** Every code already in the store that an import row may refer to. */
  Catalogue catalogue(DSLContext trx) {
    Catalogue known = new Catalogue();
    trx.fetchValues(ORGANISATION.CODE).forEach(known::organisation);
    trx.fetchValues(BOARD.CODE).forEach(known::board);
    trx.fetchValues(LOCALITY.CODE).forEach(known::locality);
    trx.select(PRACTICE.CODE, PRACTICE.LOCALITY).from(PRACTICE).forEach(r -> known.practice(r.value1(), r.value2()));
    trx.select(ARRANGEMENT.CODE, ARRANGEMENT.START_DATE, ARRANGEMENT.END_DATE, ARRANGEMENT.MODEL, ARRANGEMENT.HOST)
        .from(ARRANGEMENT).forEach(r -> known.arrangement(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    trx.select(CONTRIBUTION.ARRANGEMENT, CONTRIBUTION.ORGANISATION, CONTRIBUTION.FINANCIAL_YEAR).from(CONTRIBUTION)
        .forEach(r -> known.contributor(r.value1(), r.value2(), r.value3()));
    trx.select(SCHEME.ARRANGEMENT, SCHEME.CODE).from(SCHEME)
        .forEach(r -> known.scheme(r.value1(), r.value2()));
    trx.select(KPI.CODE, KPI.DERIVED).from(KPI).forEach(r -> known.kpi(r.value1(), r.value2()));
    return known;
  }

  /** What the store holds for an arrangement that only a pool can have: steps, reserves, underspend terms. */
  List<String> poolAgreements(DSLContext trx, String arrangement) {
    List<String> held = new ArrayList<>();
    int steps = trx.fetchCount(RISK_STEP, RISK_STEP.ARRANGEMENT.eq(arrangement));
    int reserves = trx.fetchCount(POOL_RESERVE, POOL_RESERVE.ARRANGEMENT.eq(arrangement));
    int terms = trx.fetchCount(AGREEMENT_TERMS, AGREEMENT_TERMS.ARRANGEMENT.eq(arrangement),
        AGREEMENT_TERMS.UNDERSPEND.isNotNull());
    if (steps > 0) {
      held.add(steps + " risk-share step(s)");
    }
    if (reserves > 0) {
      held.add(reserves + " pool reserve(s)");
    }
    if (terms > 0) {
      held.add(terms + " underspend term(s)");
    }
    return held;
  }

  /** Rows of {@code table} counted by arrangement and by {@code when} (a month or a financial year). */
  <T> Map<String, Map<T, Integer>> countsBy(DSLContext trx, Table<?> table, Field<String> arrangement, Field<T> when) {
    Map<String, Map<T, Integer>> counts = new HashMap<>();
    trx.select(arrangement, when, DSL.count()).from(table).groupBy(arrangement, when)
        .forEach(r -> counts.computeIfAbsent(r.value1(), a -> new HashMap<>()).put(r.value2(), r.value3()));
    return counts;
  }

  /** Updates the row with the values' key (the first {@code keyCount} fields), or inserts it; never deletes. */
  boolean upsert(DSLContext trx, Table<?> table, List<Field<?>> fields, int keyCount, Object[] values) {
    Map<Field<?>, Object> changes = new HashMap<>();
    for (int i = keyCount; i < fields.size(); i++) {
      changes.put(fields.get(i), values[i]);
    }
    int updated = trx.update(table).set(changes).where(keyCondition(fields, keyCount, values)).execute();
    if (updated == 0) {
      trx.insertInto(table, fields).values(values).execute();
      return true;
    }
    return false;
  }

  /**
   * Deletes the rows with these keys (values of {@code keyFields}, in order): one prepared statement,
   * batched; returns how many rows.
   */
  int deleteKeys(DSLContext trx, Table<?> table, List<Field<?>> keyFields, Collection<List<Object>> keys) {
    Query delete = trx.deleteFrom(table).where(keyFields.stream()
        .map(field -> equalsParameter(field))
        .reduce(DSL.noCondition(), Condition::and));
    BatchBindStep batch = trx.batch(delete);
    int bound = 0;
    int deleted = 0;
    for (List<Object> key : keys) {
      batch = batch.bind(key.toArray());
      if (++bound == IN_LIST) {
        deleted += java.util.Arrays.stream(batch.execute()).sum();
        batch = trx.batch(delete);
        bound = 0;
      }
    }
    if (bound > 0) {
      deleted += java.util.Arrays.stream(batch.execute()).sum();
    }
    return deleted;
  }

  @SuppressWarnings("unchecked")
  private static Condition equalsParameter(Field<?> field) {
    Field<Object> column = (Field<Object>) field;
    return column.eq(DSL.param(field.getName(), column.getDataType()));
  }

  /** Deletes the rows whose {@code field} is one of {@code values}; returns how many. */
  <T> int deleteWhereIn(DSLContext trx, Table<?> table, Field<T> field, Collection<T> values) {
    int deleted = 0;
    List<T> all = new ArrayList<>(values);
    for (int from = 0; from < all.size(); from += IN_LIST) {
      deleted += trx.deleteFrom(table).where(field.in(all.subList(from, Math.min(all.size(), from + IN_LIST))))
          .execute();
    }
    return deleted;
  }

  /** Deletes the spend of each (arrangement, month) slice; returns how many rows. */
  int deleteSpendSlices(DSLContext trx, Collection<SpendFile.Slice> slices) {
    return deleteKeys(trx, SPEND, List.of(SPEND.ARRANGEMENT, SPEND.MONTH),
        slices.stream().map(s -> List.<Object>of(s.arrangement(), s.month())).toList());
  }

  /** True when activity of some month other than {@code months} is stored. */
  boolean hasActivityOutside(DSLContext trx, Collection<LocalDate> months) {
    return trx.fetchExists(ACTIVITY_MONTH, ACTIVITY_MONTH.MONTH.notIn(months));
  }

  /** Streams the record ids (and months) of stored activity outside {@code months}. */
  void storedActivityIds(DSLContext trx, Collection<LocalDate> months, BiConsumer<String, LocalDate> each) {
    try (var cursor = trx.select(ACTIVITY.RECORD_ID, ACTIVITY.MONTH).from(ACTIVITY)
        .where(ACTIVITY.MONTH.notIn(months)).fetchSize(10_000).fetchLazy()) {
      cursor.forEach(r -> each.accept(r.value1(), r.value2()));
    }
  }

  /** The rows stored for each of {@code months} that holds any (from activity_month), in month order. */
  Map<LocalDate, Integer> storedActivityMonths(DSLContext trx, Collection<LocalDate> months) {
    Map<LocalDate, Integer> stored = new java.util.TreeMap<>();
    List<LocalDate> all = new ArrayList<>(months);
    for (int from = 0; from < all.size(); from += IN_LIST) {
      trx.select(ACTIVITY_MONTH.MONTH, ACTIVITY_MONTH.ROW_COUNT).from(ACTIVITY_MONTH)
          .where(ACTIVITY_MONTH.MONTH.in(all.subList(from, Math.min(all.size(), from + IN_LIST))))
          .forEach(r -> stored.put(r.value1(), r.value2()));
    }
    return stored;
  }

  /** Deletes the activity of {@code months} loaded by batches other than {@code keptBatch}; returns how many rows. */
  int deleteActivityOfMonths(DSLContext trx, Collection<LocalDate> months, long keptBatch) {
    int deleted = 0;
    List<LocalDate> all = new ArrayList<>(months);
    for (int from = 0; from < all.size(); from += IN_LIST) {
      deleted += trx.deleteFrom(ACTIVITY).where(ACTIVITY.MONTH.in(all.subList(from, Math.min(all.size(), from + IN_LIST))),
          ACTIVITY.IMPORT_BATCH.ne(keptBatch)).execute();
    }
    return deleted;
  }

  /** Replaces the activity_month rows of {@code rowsByMonth}'s months. */
  void recordActivityMonths(DSLContext trx, Map<LocalDate, Long> rowsByMonth, long batchId) {
    deleteWhereIn(trx, ACTIVITY_MONTH, ACTIVITY_MONTH.MONTH, rowsByMonth.keySet());
    if (rowsByMonth.isEmpty()) {
      return;
    }
    var insert = trx.insertInto(ACTIVITY_MONTH, ACTIVITY_MONTH.MONTH, ACTIVITY_MONTH.ROW_COUNT,
        ACTIVITY_MONTH.IMPORT_BATCH);
    rowsByMonth.forEach((month, rows) -> insert.values(month, Math.toIntExact(rows), batchId));
    insert.execute();
  }

  private static Condition keyCondition(List<Field<?>> fields, int keyCount, Object[] values) {
    List<Condition> conditions = new ArrayList<>(keyCount);
    for (int i = 0; i < keyCount; i++) {
      conditions.add(equal(fields.get(i), values[i]));
    }
    return DSL.and(conditions);
  }

  private static <T> Condition equal(Field<T> field, Object value) {
    return field.eq(DSL.val(value, field));
  }
}
