package org.carepool.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every problem of one load: counted in full, kept up to {@value #KEPT} so that a file of
 * millions of bad rows cannot exhaust memory.
 */
final class ProblemLog {
  static final int KEPT = 10_000;
  private static final int IN_BATCH_TEXT = 1_000;

  private final List<Problem> kept = new ArrayList<>();
  private final Map<String, Long> countByFile = new HashMap<>();
  private final Map<String, Integer> fileOrder = new HashMap<>();
  private long count;

  /** Files are listed in the order they are checked; problems sort by that order, then by line. */
  void startFile(String file) {
    fileOrder.putIfAbsent(file, fileOrder.size());
  }

  private static final int VALUE_SHOWN = 120;
  private static final int REASON_SHOWN = 1000;

  void add(String file, long line, String column, String value, String reason) {
    count++;
    countByFile.merge(file, 1L, Long::sum);
    if (kept.size() < KEPT) {
      kept.add(new Problem(file, line, column, shortened(value == null ? "" : value, VALUE_SHOWN),
          shortened(reason, REASON_SHOWN)));
    }
  }

  /**
   * A value (or a reason quoting it) as a person reads it: a rejected 10 MB value is not echoed whole
   * into the page, the JSON answer and the import history, only its start and its length.
   */
  static String shortened(String text, int limit) {
    if (text == null || text.length() <= limit) {
      return text;
    }
    return text.substring(0, limit) + "… (" + String.format("%,d", text.length()) + " characters in all)";
  }

  boolean isEmpty() {
    return count == 0;
  }

  long count() {
    return count;
  }

  long count(String file) {
    return countByFile.getOrDefault(file, 0L);
  }

  List<Problem> sorted() {
    List<Problem> list = new ArrayList<>(kept);
    list.sort(Comparator.comparingInt((Problem p) -> fileOrder.getOrDefault(p.file(), Integer.MAX_VALUE))
        .thenComparingLong(Problem::line));
    return list;
  }

  /** The text kept in {@code import_batch.problems}: the file's first problems, one a line. */
  String textFor(String file) {
    StringBuilder text = new StringBuilder();
    int lines = 0;
    for (Problem p : sorted()) {
      if (p.file().equals(file) && lines++ < IN_BATCH_TEXT) {
        text.append(p).append('\n');
      }
    }
    long more = count(file) - Math.min(lines, IN_BATCH_TEXT);
    if (more > 0) {
      text.append("… and ").append(more).append(" more\n");
    }
    return text.toString();
  }

  ImportRejected rejection() {
    return new ImportRejected(sorted(), count);
  }
}
