package org.carepool.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * Month replacement for activity: a load replaces every month its file holds, whoever sent the rows
 * stored for it (SPEC §3 asks re-loads to be idempotent; activity has no narrower key a file
 * declares). What each replaced month lost and gained is said in the load's result and kept in the
 * import history, so a partial file that wiped a month is seen at once.
 */
final class ActivityMonths {
  private final DSLContext trx;
  private final ImportRepository repository;

  ActivityMonths(DSLContext trx, ImportRepository repository) {
    this.trx = trx;
    this.repository = repository;
  }

  /**
   * Called once the file's rows (batch {@code batchId}) are in: deletes the rows stored before for
   * the same months, records the months, and says what changed.
   */
  String replace(Map<LocalDate, Long> rowsByMonth, long batchId) {
    Map<LocalDate, Integer> stored = repository.storedActivityMonths(trx, rowsByMonth.keySet());
    if (!stored.isEmpty()) {
      repository.deleteActivityOfMonths(trx, stored.keySet(), batchId);
    }
    repository.recordActivityMonths(trx, rowsByMonth, batchId);
    return describe(rowsByMonth, stored);
  }

  /** E.g. "2 month(s), 9,700 rows: 2026-09..2026-10; replaced 2026-10 (9,640 rows out, 60 in)". */
  static String describe(Map<LocalDate, Long> rowsByMonth, Map<LocalDate, Integer> stored) {
    if (rowsByMonth.isEmpty()) {
      return "no rows (a header only): no month replaced";
    }
    List<LocalDate> months = List.copyOf(rowsByMonth.keySet());
    long rows = rowsByMonth.values().stream().mapToLong(Long::longValue).sum();
    String span = show(months.get(0)) + (months.size() == 1 ? "" : ".." + show(months.get(months.size() - 1)));
    String text = String.format("%d month(s), %,d rows: %s", months.size(), rows, span);
    if (stored.isEmpty()) {
      return text + "; no month held rows before";
    }
    return text + "; replaced " + stored.entrySet().stream()
        .map(e -> String.format("%s (%,d rows out, %,d in)", show(e.getKey()), e.getValue(), rowsByMonth.get(e.getKey())))
        .collect(Collectors.joining(", "));
  }

  private static String show(LocalDate month) {
    return month.toString().substring(0, 7);
  }
}
