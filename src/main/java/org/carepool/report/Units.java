package org.carepool.report;

import java.math.BigDecimal;
import java.util.Locale;
import org.carepool.error.Invalid;

/**
 * How a report shows money (SPEC §2, §6): pounds and pence, or £000s as board papers show them.
 * Each £000 figure is rounded half up from its exact pounds, totals included (a total is never the
 * sum of rounded lines), so the lines of a table may not sum to its total: every report in £000s
 * says so ({@link Thousands#ROUNDING_NOTE}). Public because the templates' expressions call it.
 */
public enum Units {
  POUNDS("pounds", "£", "#,##0.00;(#,##0.00)"),
  THOUSANDS("thousands", Thousands.LABEL, "#,##0;(#,##0)");

  private final String id;
  private final String label;
  private final String pattern;

  Units(String id, String label, String pattern) {
    this.id = id;
    this.label = label;
    this.pattern = pattern;
  }

  /** {@code pounds} or {@code thousands}: the {@code units=} value of the API and the CLI's {@code --units}. */
  public String id() {
    return id;
  }

  /** "£" or "£000": what a money column's heading says. */
  public String label() {
    return label;
  }

  /** The number pattern of a money cell: pence in pounds, whole thousands in £000s. */
  public String pattern() {
    return pattern;
  }

  /** The figure as this unit shows it: pounds unchanged, £000s rounded half up from the exact pounds; null stays null. */
  public BigDecimal shown(BigDecimal pounds) {
    if (pounds == null || this == POUNDS) {
      return pounds;
    }
    return Thousands.of(pounds);
  }

  /** For the templates: {@code units} null (a caller that sets none) shows pounds. */
  public static BigDecimal shown(BigDecimal pounds, Units units) {
    return units == null ? pounds : units.shown(pounds);
  }

  /** For the templates: the pattern of {@code units}, pounds when null. */
  public static String pattern(Units units) {
    return units == null ? POUNDS.pattern : units.pattern;
  }

  /** What a board reads by default (SPEC §6): a PDF in £000s; XLSX and CSV in pounds and pence. */
  public static Units defaultFor(Format format) {
    return format == Format.PDF ? THOUSANDS : POUNDS;
  }

  /** Reads {@code pounds} or {@code thousands} (any case). */
  public static Units parse(String value) {
    for (Units u : values()) {
      if (u.id.equals(value.toLowerCase(Locale.ROOT))) {
        return u;
      }
    }
    throw new Invalid("unknown units '" + value + "', expected pounds or thousands");
  }
}
