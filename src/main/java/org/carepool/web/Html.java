package org.carepool.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formatting for the pages' templates, and the escaping {@link Templates} applies to their text. */
final class Html {
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK).withZone(LONDON);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK).withZone(LONDON);

  private Html() {}

  static String esc(Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString();
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  static String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant);
  }

  static String time(Instant instant) {
    return TIME.format(instant);
  }

  /** Pounds with thousands separators and pence, e.g. £1,040,000.00 (negative: −£20,000.00). */
  static String pounds(BigDecimal amount) {
    DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
    String digits = format.format(amount.abs());
    return (amount.signum() < 0 ? "−£" : "£") + digits;
  }
}
