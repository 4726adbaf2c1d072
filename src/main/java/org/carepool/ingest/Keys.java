package org.carepool.ingest;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The keys seen in one file, each with the line it was first seen on: finds duplicate keys. */
final class Keys {
  private final String column;
  private final int financialYearPart;
  private final Map<List<Object>, Long> firstLine = new HashMap<>();

  /** @param column the column a duplicate is reported against (the key's first) */
  Keys(String column) {
    this(column, -1);
  }

  /** A key whose part {@code financialYearPart} is a financial year (shown as 2025-26, not 2025). */
  Keys(String column, int financialYearPart) {
    this.column = column;
    this.financialYearPart = financialYearPart;
  }

  /** Records the row's key (ignored when a part is missing); a problem when an earlier row had it. */
  void add(Row row, Object... parts) {
    for (Object part : parts) {
      if (part == null) {
        return;
      }
    }
    List<Object> key = List.of(parts);
    Long earlier = firstLine.putIfAbsent(key, row.line());
    if (earlier != null) {
      String text = java.util.stream.IntStream.range(0, parts.length).mapToObj(i -> show(parts[i], i))
          .collect(Collectors.joining(", "));
      row.problem(column, text, "duplicate key (" + text + "): also on line " + earlier);
    }
  }

  Collection<List<Object>> all() {
    return firstLine.keySet();
  }

  int size() {
    return firstLine.size();
  }

  private String show(Object part, int position) {
    if (position == financialYearPart && part instanceof Integer year) {
      return Values.showFinancialYear(year);
    }
    if (part instanceof java.time.LocalDate month) {
      return month.toString().substring(0, 7);
    }
    return String.valueOf(part);
  }
}
