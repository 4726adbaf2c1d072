package org.carepool.ingest;

import static org.carepool.db.generated.Tables.ACTIVITY;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.carepool.db.BulkWriter;
import org.jooq.Field;

/**
 * {@code activity.csv}: patient-level activity, possibly millions of rows. Read once, never held in
 * memory: the check pass stages each row's values on disk for the bulk writer (so the file is parsed
 * once) and keeps only rows per month and a 64-bit hash of each record id ({@link RecordIds}).
 * A load replaces exactly the months the file holds.
 */
final class ActivityFile implements EntityFile {
  static final Set<String> ADMISSION_TYPES = Set.of("ELECTIVE", "NON_ELECTIVE", "DAY_CASE", "NONE");
  private static final List<Field<?>> FIELDS = List.of(ACTIVITY.RECORD_ID, ACTIVITY.MONTH, ACTIVITY.PATIENT_ID,
      ACTIVITY.PRACTICE, ACTIVITY.AGE, ACTIVITY.SEX, ACTIVITY.SETTING, ACTIVITY.ADMISSION_TYPE, ACTIVITY.SPECIALTY,
      ACTIVITY.SITE, ACTIVITY.BED_DAYS, ACTIVITY.COST, ACTIVITY.IMPORT_BATCH);

  private final Catalogue catalogue;
  private final Map<String, LocalDate> monthsByText = new java.util.HashMap<>();
  private final Map<LocalDate, Long> rowsByMonth = new TreeMap<>();
  private final RecordIds recordIds = new RecordIds();
  private final BulkWriter.Staged staged;

  ActivityFile(Catalogue catalogue, BulkWriter.Staged staged) {
    this.catalogue = catalogue;
    this.staged = staged;
  }

  @Override
  public void check(Row row) {
    Object[] values = values(row);
    staged.add(values);
    if (values[0] != null) {
      recordIds.add((String) values[0]);
    }
    if (values[1] != null) {
      rowsByMonth.merge((LocalDate) values[1], 1L, Long::sum);
    }
  }

  private Object[] values(Row row) {
    Integer age = row.integer("age", 0, 130);
    return new Object[] {row.required("record_id", 40), month(row), row.required("patient_id", 40),
        row.requiredCode("practice", catalogue.practices, "practice"), age == null ? null : age.shortValue(),
        row.oneOf("sex", Values.SEXES), row.oneOf("setting", Values.CARE_TYPES),
        row.oneOf("admission_type", ADMISSION_TYPES), row.optional("specialty", 10), row.optional("site", 20),
        row.integer("bed_days", 0, Integer.MAX_VALUE), row.money("cost", false), null};
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

  @Override
  public void finish(FinishContext context) {
    recordIds.sort();
    Map<String, LocalDate> stored = Map.of();
    if (!rowsByMonth.isEmpty() && context.repository().hasActivityOutside(context.trx(), rowsByMonth.keySet())) {
      stored = recordIds.storedClashes(context.trx(), context.repository(), rowsByMonth.keySet());
    }
    if (recordIds.hasDuplicateHashes() || !stored.isEmpty()) {
      recordIds.reportClashes(context, stored);
    }
  }

  @Override
  public String write(WriteContext out) {
    out.repository.deleteWhereIn(out.trx, ACTIVITY, ACTIVITY.MONTH, rowsByMonth.keySet());
    long rows = out.insertStaged(ACTIVITY, FIELDS, staged);
    out.repository.recordActivityMonths(out.trx, rowsByMonth, out.batchId);
    ActivitySummaries.rebuild(out.trx, out.repository, rowsByMonth.keySet());
    List<String> months = rowsByMonth.keySet().stream().map(m -> m.toString().substring(0, 7)).toList();
    String span = months.size() == 1 ? months.get(0) : months.get(0) + ".." + months.get(months.size() - 1);
    return rowsByMonth.size() + " month(s) replaced (" + rows + " rows): " + span;
  }

  @Override
  public void close() {
    staged.close();
  }
}
