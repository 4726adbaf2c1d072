package org.carepool.ingest;

import static org.carepool.db.generated.Tables.ACTIVITY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.carepool.vocabulary.CareType;
import org.jooq.Field;

/**
 * {@code activity.csv}: patient-level activity, possibly millions of rows. Read once and never held
 * in memory: each clean row goes to the store as it is read ({@link CheckedRows}), while rows per
 * month, a 64-bit hash of each record id ({@link RecordIds}) and the summaries ({@link ActivityTally})
 * are kept. A load replaces exactly the months the file holds ({@link ActivityMonths}).
 */
final class ActivityFile implements StreamedFile {
  /** The settings and admission types by code: one look-up both checks a value and numbers it for the tally. */
  private static final Map<String, CareType> SETTINGS = Arrays.stream(CareType.values())
      .collect(Collectors.toUnmodifiableMap(CareType::name, setting -> setting));
  private static final Map<String, Integer> ADMISSIONS = IntStream.range(0, ActivityTally.ADMISSION_TYPES.size())
      .boxed().collect(Collectors.toUnmodifiableMap(ActivityTally.ADMISSION_TYPES::get, i -> i));
  private static final List<Field<?>> FIELDS = List.of(ACTIVITY.RECORD_ID, ACTIVITY.MONTH, ACTIVITY.PATIENT_ID,
      ACTIVITY.PRACTICE, ACTIVITY.AGE, ACTIVITY.SEX, ACTIVITY.SETTING, ACTIVITY.ADMISSION_TYPE, ACTIVITY.SPECIALTY,
      ACTIVITY.SITE, ACTIVITY.BED_DAYS, ACTIVITY.COST, ACTIVITY.IMPORT_BATCH);

  /** Bytes of the shortest plausible activity row, to size the record-id set from the file's size. */
  private static final int SMALLEST_ROW = 64;

  private final Catalogue catalogue;
  /** Each month's text as the file writes it (one text per month), parsed once, with the rows that name it. */
  private final Map<String, MonthRows> months = new HashMap<>();
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

  /**
   * Checks one row and counts it; its table values when it is clean, else null. The values are checked
   * in the order their problems have always been reported (age first).
   */
  private Object[] checked(Row row) {
    Integer age = row.integer("age", 0, 130);
    String recordId = row.required("record_id", 40);
    LocalDate month = month(row);
    String patientId = row.required("patient_id", 40);
    String practice = row.requiredCode("practice", catalogue.practices(), "practice");
    String sex = row.oneOf("sex", Values.SEXES);
    CareType setting = row.oneOf("setting", SETTINGS);
    Integer admission = row.oneOf("admission_type", ADMISSIONS);
    String specialty = row.optional("specialty", 10);
    String site = row.optional("site", 20);
    Integer bedDays = row.integer("bed_days", 0, Integer.MAX_VALUE);
    BigDecimal cost = row.money("cost", false);
    if (recordId != null) {
      recordIds.add(recordId);
    }
    if (!row.isClean()) {
      return null;
    }
    tally.add(month, practice, age, sex, setting, admission, specialty, site, bedDays, cost);
    return new Object[] {recordId, month, patientId, practice, age.shortValue(), sex, setting.name(),
        ActivityTally.ADMISSION_TYPES.get(admission), specialty, site, bedDays, cost, batchId};
  }

  /**
   * The row's month, counted for it. Months repeat on every row: each distinct text is parsed once,
   * and its rows are counted where it is looked up (a sorted map by date cost a quarter of the
   * checking thread at scale 10).
   */
  private LocalDate month(Row row) {
    String text = row.text("month");
    MonthRows month = text == null ? null : months.get(text);
    if (month == null) {
      LocalDate parsed = row.month("month");
      if (parsed == null) {
        return null;
      }
      month = new MonthRows(parsed);
      months.put(text, month);
    }
    month.rows++;
    return month.month;
  }

  /** Rows per month of the file read so far, rows with problems included. */
  private Map<LocalDate, Long> rowsByMonth() {
    Map<LocalDate, Long> rows = new TreeMap<>();
    months.values().forEach(month -> rows.merge(month.month, month.rows, Long::sum));
    return rows;
  }

  /** A month of the file and its rows so far. */
  private static final class MonthRows {
    private final LocalDate month;
    private long rows;

    MonthRows(LocalDate month) {
      this.month = month;
    }
  }

  /** Record ids used twice in the file, or already stored for a month the file does not replace. */
  @Override
  public void finish(FinishContext context) {
    Map<LocalDate, Long> rowsByMonth = rowsByMonth();
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
    Map<LocalDate, Long> rowsByMonth = rowsByMonth();
    String replaced = new ActivityMonths(context.trx(), context.repository()).replace(rowsByMonth, context.batchId());
    ActivitySummaries.replace(context.trx(), context.repository(), context.bulk(), rowsByMonth.keySet(), tally);
    return new Outcome(rows, replaced);
  }
}
