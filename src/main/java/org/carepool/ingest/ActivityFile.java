package org.carepool.ingest;

import static org.carepool.db.generated.Tables.ACTIVITY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.Field;

/**
 * {@code activity.csv}: patient-level activity, possibly millions of rows. Read once and never held
 * in memory: each clean row goes to the store as it is read ({@link CheckedRows}), while rows per
 * month, a 64-bit hash of each record id ({@link RecordIds}) and the summaries ({@link ActivityTally})
 * are kept. A load replaces exactly the months the file holds ({@link ActivityMonths}).
 */
final class ActivityFile implements StreamedFile {
  static final Set<String> ADMISSION_TYPES = Set.copyOf(ActivityTally.ADMISSION_TYPES);
  private static final List<Field<?>> FIELDS = List.of(ACTIVITY.RECORD_ID, ACTIVITY.MONTH, ACTIVITY.PATIENT_ID,
      ACTIVITY.PRACTICE, ACTIVITY.AGE, ACTIVITY.SEX, ACTIVITY.SETTING, ACTIVITY.ADMISSION_TYPE, ACTIVITY.SPECIALTY,
      ACTIVITY.SITE, ACTIVITY.BED_DAYS, ACTIVITY.COST, ACTIVITY.IMPORT_BATCH);

  /** Bytes of the shortest plausible activity row, to size the record-id set from the file's size. */
  private static final int SMALLEST_ROW = 64;

  private final Catalogue catalogue;
  private final Map<String, LocalDate> monthsByText = new HashMap<>();
  private final Map<LocalDate, Long> rowsByMonth = new TreeMap<>();
  private final RecordIds recordIds = new RecordIds();
  private final ActivityTally tally;
  private Long batchId;

  ActivityFile(Catalogue catalogue) {
    this.catalogue = catalogue;
    this.tally = new ActivityTally(catalogue.practiceLocalities());
  }

  @Override
  public void check(Row row) {
    checked(row);
  }

  /** Checks one row and counts it; its table values when it is clean, else null. */
  private Object[] checked(Row row) {
    Object[] values = values(row);
    if (values[0] != null) {
      recordIds.add((String) values[0]);
    }
    if (values[1] != null) {
      rowsByMonth.merge((LocalDate) values[1], 1L, Long::sum);
    }
    if (!row.isClean()) {
      return null;
    }
    tally.add((LocalDate) values[1], (String) values[3], (Short) values[4], (String) values[5], (String) values[6],
        (String) values[7], (String) values[8], (String) values[9], (Integer) values[10], (BigDecimal) values[11]);
    return values;
  }

  private Object[] values(Row row) {
    Integer age = row.integer("age", 0, 130);
    return new Object[] {row.required("record_id", 40), month(row), row.required("patient_id", 40),
        row.requiredCode("practice", catalogue.practices(), "practice"), age == null ? null : age.shortValue(),
        row.oneOf("sex", Values.SEXES), row.oneOf("setting", Values.CARE_TYPES),
        row.oneOf("admission_type", ADMISSION_TYPES), row.optional("specialty", 10), row.optional("site", 20),
        row.integer("bed_days", 0, Integer.MAX_VALUE), row.money("cost", false), batchId};
  }

  /** Months repeat on every row: parse each distinct text once. */
  private LocalDate month(Row row) {
    String text = row.text("month");
    LocalDate month = text == null ? null : monthsByText.get(text);
    if (month == null) {
      month = row.month("month");
      if (month != null) {
        monthsByText.put(text, month);
      }
    }
    return month;
  }

  /** Record ids used twice in the file, or already stored for a month the file does not replace. */
  @Override
  public void finish(FinishContext context) {
    Map<String, LocalDate> stored = Map.of();
    if (!rowsByMonth.isEmpty() && context.repository().hasActivityOutside(context.trx(), rowsByMonth.keySet())) {
      stored = recordIds.storedClashes(context.trx(), context.repository(), rowsByMonth.keySet());
    }
    if (recordIds.hasDuplicateHashes() || !stored.isEmpty()) {
      recordIds.reportClashes(context, stored);
    }
  }

  @Override
  public Outcome load(Context context) {
    batchId = context.batchId();
    recordIds.expect(context.source().size() / SMALLEST_ROW);
    long problemsBefore = context.problems().count();
    long rows = CheckedRows.insert(context, ACTIVITY, FIELDS, this::checked);
    if (context.problems().count() == problemsBefore) {
      finish(new FinishContext(context.trx(), context.repository(), context.source(), context.problems()));
    }
    if (context.problems().count() > problemsBefore) {
      return new Outcome(rows, null);
    }
    context.progress().step(context.source().name(), "replacing months and writing summaries");
    String replaced = new ActivityMonths(context.trx(), context.repository()).replace(rowsByMonth, context.batchId());
    ActivitySummaries.replace(context.trx(), context.repository(), context.bulk(), rowsByMonth.keySet(), tally);
    return new Outcome(rows, replaced);
  }
}
