package org.carepool.finance;

import org.carepool.text.Sentences;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Lists of months and names as sentences read them: "April to June 2025 and September 2025". */
final class Months {

  private Months() {
  }

  /** "July 2025". */
  static String name(YearMonth month) {
    return month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear();
  }

  /** Months in order, runs of consecutive months written as one range. */
  static String ranges(List<YearMonth> months) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < months.size()) {
      int end = i;
      while (end + 1 < months.size() && months.get(end).plusMonths(1).equals(months.get(end + 1))) {
        end++;
      }
      parts.add(range(months.get(i), months.get(end)));
      i = end + 1;
    }
    return Sentences.and(parts);
  }

  private static String range(YearMonth first, YearMonth last) {
    if (first.equals(last)) {
      return name(first);
    }
    String start = first.getYear() == last.getYear()
        ? first.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) : name(first);
    return start + " to " + name(last);
  }

  /** "1 month", "3 months". */
  static String count(int months) {
    return months == 1 ? "1 month" : months + " months";
  }
}
