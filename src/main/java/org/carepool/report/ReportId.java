package org.carepool.report;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The reports carepool renders (SPEC §6), by the id used in URLs, file names and schedules. */
public enum ReportId {
  INCOME_EXPENDITURE("income-expenditure"),
  PERFORMANCE("performance"),
  SPEND_MAPPING("spend-mapping");

  private final String id;

  ReportId(String id) {
    this.id = id;
  }

  /** As in SPEC §6 and URLs: {@code income-expenditure}. */
  public String id() {
    return id;
  }

  /** As a person reads it in a pack's contents: "Income and expenditure". */
  public String title() {
    String words = id.replace('-', ' ');
    return words.equals("income expenditure") ? "Income and expenditure"
        : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** About a whole board rather than one arrangement: in a pack it follows the arrangements. */
  public boolean boardWide() {
    return this == SPEND_MAPPING;
  }

  /** Every report comes in every format. */
  public Set<Format> formats() {
    return EnumSet.allOf(Format.class);
  }

  /** The report of the id, if there is one. */
  public static Optional<ReportId> byId(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
  }

  /** Reads {@code income-expenditure}; an unknown id is an {@link IllegalArgumentException} naming the known ones. */
  public static ReportId parse(String id) {
    return Arrays.stream(values())
        .filter(r -> r.id.equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown report '" + id + "', known: "
            + Arrays.stream(values()).map(ReportId::id).toList()));
  }

  @Override
  public String toString() {
    return id;
  }
}
