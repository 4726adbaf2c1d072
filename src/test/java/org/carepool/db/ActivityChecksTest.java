package org.carepool.db;

import static org.carepool.db.generated.Tables.ACTIVITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.carepool.vocabulary.CareType;
import org.jooq.Field;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/**
 * The store itself refuses an activity row the importer would refuse, on both stores: each of the
 * table's CHECK constraints (V2 and V8; on PostgreSQL, V22's cheaper forms of two of them) refuses the
 * values it always refused, naming itself, and accepts every allowed code and edge value. Near
 * misses (case, a trailing blank, a prefix) are among the refused values, since V22 compares
 * differently from V2's IN-lists.
 */
class ActivityChecksTest {
  private static final List<Field<?>> FIELDS = List.of(ACTIVITY.RECORD_ID, ACTIVITY.MONTH, ACTIVITY.PATIENT_ID,
      ACTIVITY.PRACTICE, ACTIVITY.AGE, ACTIVITY.SEX, ACTIVITY.SETTING, ACTIVITY.ADMISSION_TYPE, ACTIVITY.SPECIALTY,
      ACTIVITY.SITE, ACTIVITY.BED_DAYS, ACTIVITY.COST, ACTIVITY.IMPORT_BATCH);
  private static final int MONTH = 1;
  private static final int AGE = 4;
  private static final int SEX = 5;
  private static final int SETTING = 6;
  private static final int ADMISSION = 7;
  private static final int BED_DAYS = 10;
  private static final int COST = 11;

  /** {@code postgresOnly}: Derby compares text padded with blanks, so it takes 'ACUTE ' as 'ACUTE'; PostgreSQL never did. */
  private record Refusal(int column, Object value, String constraint, boolean postgresOnly) {
    Refusal(int column, Object value, String constraint) {
      this(column, value, constraint, false);
    }
  }

  private static final List<Refusal> REFUSED = List.of(
      new Refusal(SETTING, "acute", "ck_activity_setting"),
      new Refusal(SETTING, "ACUTE ", "ck_activity_setting", true),
      new Refusal(SETTING, " ACUTE", "ck_activity_setting"),
      new Refusal(SETTING, "ACUT", "ck_activity_setting"),
      new Refusal(SETTING, "ACUTEX", "ck_activity_setting"),
      new Refusal(SETTING, "", "ck_activity_setting"),
      new Refusal(SETTING, "CARE HOME", "ck_activity_setting"),
      new Refusal(SETTING, "NONE", "ck_activity_setting"),
      new Refusal(ADMISSION, "elective", "ck_activity_admission"),
      new Refusal(ADMISSION, "NONE ", "ck_activity_admission", true),
      new Refusal(ADMISSION, "DAY", "ck_activity_admission"),
      new Refusal(ADMISSION, "", "ck_activity_admission"),
      new Refusal(ADMISSION, "ACUTE", "ck_activity_admission"),
      new Refusal(MONTH, LocalDate.of(2025, 4, 2), "ck_activity_month"),
      new Refusal(MONTH, LocalDate.of(2025, 4, 30), "ck_activity_month"),
      new Refusal(MONTH, LocalDate.of(2024, 2, 29), "ck_activity_month"),
      new Refusal(MONTH, LocalDate.of(2025, 12, 31), "ck_activity_month"),
      new Refusal(AGE, (short) -1, "ck_activity_age"),
      new Refusal(AGE, (short) 131, "ck_activity_age"),
      new Refusal(SEX, "X", "ck_activity_sex"),
      new Refusal(SEX, "m", "ck_activity_sex"),
      new Refusal(BED_DAYS, -1, "ck_activity_bed_days"),
      new Refusal(COST, new BigDecimal("-0.01"), "ck_activity_cost"));

  @Test
  void each_check_refuses_what_it_always_refused_naming_itself() {
    try (Database db = TestStores.open("activity-checks")) {
      List<String> problems = new ArrayList<>();
      int id = 0;
      for (Refusal refusal : REFUSED) {
        if (refusal.postgresOnly() && !TestStores.postgres()) {
          continue;
        }
        Object[] row = row(++id);
        row[refusal.column()] = refusal.value();
        String outcome = insert(db, row);
        if (outcome == null || !outcome.toLowerCase(Locale.ROOT).contains(refusal.constraint())) {
          problems.add(FIELDS.get(refusal.column()).getName() + " '" + refusal.value() + "': expected refusal by "
              + refusal.constraint() + ", got " + (outcome == null ? "stored" : outcome));
        }
      }
      assertEquals(List.of(), problems);
      assertEquals(0, db.dsl().fetchCount(ACTIVITY));
    }
  }

  @Test
  void every_allowed_code_and_edge_value_is_stored() {
    List<Object[]> rows = new ArrayList<>();
    for (CareType setting : CareType.values()) {
      rows.add(with(row(rows.size() + 1), SETTING, setting.name()));
    }
    for (String admission : List.of("ELECTIVE", "NON_ELECTIVE", "DAY_CASE", "NONE")) {
      rows.add(with(row(rows.size() + 1), ADMISSION, admission));
    }
    for (LocalDate month : List.of(LocalDate.of(2024, 2, 1), LocalDate.of(2025, 12, 1), LocalDate.of(1, 1, 1),
        LocalDate.of(9999, 12, 1))) {
      rows.add(with(row(rows.size() + 1), MONTH, month));
    }
    rows.add(with(with(with(row(rows.size() + 1), AGE, (short) 0), SEX, "F"), COST, new BigDecimal("0.00")));
    rows.add(with(with(row(rows.size() + 1), AGE, (short) 130), BED_DAYS, 0));
    try (Database db = TestStores.open("activity-checks-allowed")) {
      List<String> problems = new ArrayList<>();
      for (Object[] row : rows) {
        String outcome = insert(db, row);
        if (outcome != null) {
          problems.add(Arrays.toString(row) + ": " + outcome);
        }
      }
      assertEquals(List.of(), problems);
      assertEquals(rows.size(), db.dsl().fetchCount(ACTIVITY));
    }
  }

  @Test
  void the_bulk_path_is_refused_by_the_same_checks() {
    try (Database db = TestStores.open("activity-checks-bulk")) {
      List<Object[]> rows = List.of(row(1), with(row(2), SETTING, "acute"), row(3));
      RuntimeException refused = assertThrows(RuntimeException.class, () -> db.dsl().transactionResult(
          trx -> db.bulkWriter().insert(trx.dsl(), ACTIVITY, FIELDS, rows.iterator())));
      assertTrue(String.valueOf(messages(refused)).toLowerCase(Locale.ROOT).contains("ck_activity_setting"),
          messages(refused));
      assertEquals(0, db.dsl().fetchCount(ACTIVITY));
    }
  }

  /** A row every check accepts. */
  private static Object[] row(int id) {
    return new Object[] {"R" + id, LocalDate.of(2025, 4, 1), "P" + id, "P1", (short) 70, "M", "ACUTE", "NONE", null,
        null, 2, new BigDecimal("10.00"), 1L};
  }

  private static Object[] with(Object[] row, int column, Object value) {
    row[column] = value;
    return row;
  }

  /** Null when stored, else the store's message. */
  private static String insert(Database db, Object[] row) {
    try {
      db.dsl().insertInto(ACTIVITY).columns(FIELDS).values(row).execute();
      return null;
    } catch (DataAccessException e) {
      return messages(e);
    }
  }

  private static String messages(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t.getMessage()).append(" / ");
    }
    return all.toString();
  }
}
