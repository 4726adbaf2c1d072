package org.carepool.ingest;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.carepool.vocabulary.AgeBands;
import org.carepool.vocabulary.CareType;

/** Strict, allocation-light parsers of the value formats of SPEC §2–§3; each returns null when the text is wrong. */
final class Values {
  static final Set<String> CARE_TYPES = Set.copyOf(CareType.codes());
  static final Set<String> SEXES = Set.of("M", "F");
  static final Set<String> AGE_BANDS = Set.copyOf(AgeBands.ALL);

  private Values() {
  }

  static List<String> sorted(Collection<String> values) {
    return values.stream().sorted().toList();
  }

  static LocalDate isoDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  static LocalDate month(String text) {
    if (text.length() != 7 || text.charAt(4) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    return year < 0 || month < 1 || month > 12 ? null : LocalDate.of(year, month, 1);
  }

  /** {@code 2025-26} → 2025; the second part must be the next year's last two digits. */
  static Integer financialYear(String text) {
    if (text.length() != 7 || text.charAt(4) != '-') {
      return null;
    }
    int start = digits(text, 0, 4);
    int end = digits(text, 5, 7);
    return start < 0 || end != (start + 1) % 100 ? null : start;
  }

  /** {@code 2025} → {@code 2025-26}, as SPEC §2 writes a financial year. */
  static String showFinancialYear(int year) {
    return year + "-" + String.format("%02d", (year + 1) % 100);
  }

  /** An optionally signed whole number of at most 9 digits. */
  static Integer integer(String text) {
    boolean negative = text.charAt(0) == '-';
    int from = negative || text.charAt(0) == '+' ? 1 : 0;
    if (text.length() - from > 9) {
      return null;
    }
    int value = digits(text, from, text.length());
    return value < 0 ? null : negative ? -value : value;
  }

  /** Digits with an optional sign and decimal point; no exponent, no thousands separators. */
  static BigDecimal plainDecimal(String text) {
    int from = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
    int digits = 0;
    int points = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.') {
        points++;
      } else if (c >= '0' && c <= '9') {
        digits++;
      } else {
        return null;
      }
    }
    return digits == 0 || points > 1 || digits > 40 ? null : new BigDecimal(text);
  }

  /** The decimal value of {@code text[from, to)}, or -1 when it is empty or holds a non-digit. */
  private static int digits(String text, int from, int to) {
    if (from >= to) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
