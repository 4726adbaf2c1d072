package org.carepool.ingest;

import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * One data row's text: its values by column, and the checks of text, codes and enum values, each
 * recording a {@link Problem} (naming file, line, column and value) and returning {@code null}
 * when a value is wrong. {@link Row} adds dates and numbers. One instance is reused for every row
 * of a file, so reading a row allocates little beyond the values themselves.
 */
abstract class RowText {
  static final int CODE = 20;
  static final int NAME = 200;
  /** Values quoted in a message are cut to this many characters. */
  private static final int SHOWN = 40;

  private final String file;
  private final Map<String, Integer> index;
  private final ProblemLog problems;
  private final int columns;
  private CSVRecord record;
  private long line;
  private long problemsBefore;

  RowText(String file, Map<String, Integer> index, ProblemLog problems) {
    this.file = file;
    this.index = index;
    this.problems = problems;
    this.columns = index.values().stream().mapToInt(i -> i).max().orElse(-1) + 1;
  }

  /** Moves to the next record; false (with a problem) when it has the wrong number of values. */
  boolean reset(CSVRecord next, long startLine) {
    this.record = next;
    this.line = startLine;
    this.problemsBefore = problems.count();
    if (next.size() != columns) {
      problems.add(file, line, "", "", "expected " + columns + " values as in the header, found " + next.size());
      return false;
    }
    return true;
  }

  long line() {
    return line;
  }

  String file() {
    return file;
  }

  /** True when no value of this row has been found wrong so far. */
  boolean isClean() {
    return problems.count() == problemsBefore;
  }

  void problem(String column, String value, String reason) {
    problems.add(file, line, column, value, reason);
  }

  /** A value as a message quotes it: in quotes, cut when long. */
  static String quoted(String value) {
    return "'" + (value.length() <= SHOWN ? value : value.substring(0, SHOWN) + "…") + "'";
  }

  /** True when the file's header holds the column (an optional column may be absent). */
  boolean has(String column) {
    return index.containsKey(column);
  }

  /** The value, stripped of surrounding blanks; null when the column is absent or the value empty. */
  String text(String column) {
    Integer i = index.get(column);
    if (i == null) {
      return null;
    }
    String value = record.get(i).strip();
    return value.isEmpty() ? null : value;
  }

  String required(String column, int maxLength) {
    String value = text(column);
    if (value == null) {
      problem(column, "", "a value is required");
      return null;
    }
    return fits(column, value, maxLength);
  }

  String optional(String column, int maxLength) {
    String value = text(column);
    return value == null ? null : fits(column, value, maxLength);
  }

  private String fits(String column, String value, int maxLength) {
    if (value.length() > maxLength) {
      problem(column, value, quoted(value) + " is too long: at most " + maxLength + " characters");
      return null;
    }
    return value;
  }

  /** A required code that must be among {@code known}; {@code what} names it in the message. */
  String requiredCode(String column, Set<String> known, String what) {
    String value = required(column, Integer.MAX_VALUE);
    return value == null ? null : known(column, value, known, what);
  }

  String optionalCode(String column, Set<String> known, String what) {
    String value = text(column);
    return value == null ? null : known(column, value, known, what);
  }

  private String known(String column, String value, Set<String> known, String what) {
    if (!known.contains(value)) {
      problem(column, value, "unknown " + what + " " + quoted(value));
      return null;
    }
    return value;
  }

  /** A required value among {@code allowed}, written exactly. */
  String oneOf(String column, Set<String> allowed) {
    return among(column, required(column, Integer.MAX_VALUE), allowed);
  }

  /** An optional value among {@code allowed}, written exactly; null without a problem when absent or empty. */
  String optionalOneOf(String column, Set<String> allowed) {
    return among(column, text(column), allowed);
  }

  /**
   * A required value among the keys of {@code allowed}, written exactly: what the key maps to, found in
   * one look-up (the activity load's enums, which it also numbers); the same message as {@link #oneOf(String, Set)}.
   */
  <T> T oneOf(String column, Map<String, T> allowed) {
    String value = required(column, Integer.MAX_VALUE);
    if (value == null) {
      return null;
    }
    T known = allowed.get(value);
    if (known == null) {
      notAmong(column, value, allowed.keySet());
    }
    return known;
  }

  private String among(String column, String value, Set<String> allowed) {
    if (value != null && !allowed.contains(value)) {
      notAmong(column, value, allowed);
      return null;
    }
    return value;
  }

  private void notAmong(String column, String value, Set<String> allowed) {
    problem(column, value, quoted(value) + " is not one of " + String.join(", ", Values.sorted(allowed)));
  }
}
