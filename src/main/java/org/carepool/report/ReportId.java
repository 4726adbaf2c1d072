package org.carepool.report;

import java.util.Arrays;

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
