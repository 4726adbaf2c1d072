package org.carepool.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The reports of SPEC §6: what each is about and the formats it comes in. */
public enum ReportType {
  INCOME_EXPENDITURE("income-expenditure", "Income and expenditure", Scope.ARRANGEMENT, EnumSet.allOf(ReportFormat.class)),
  PERFORMANCE("performance", "Performance", Scope.ARRANGEMENT, EnumSet.allOf(ReportFormat.class)),
  SPEND_MAPPING("spend-mapping", "Spend mapping", Scope.BOARD, EnumSet.allOf(ReportFormat.class)),
  BOARD_PACK("board-pack", "Board pack", Scope.BOARD, EnumSet.of(ReportFormat.PDF, ReportFormat.XLSX));

  /** Whether a report is about one arrangement or about a board's arrangements. */
  public enum Scope { ARRANGEMENT, BOARD }

  private final String id;
  private final String title;
  private final Scope scope;
  private final Set<ReportFormat> formats;

  ReportType(String id, String title, Scope scope, Set<ReportFormat> formats) {
    this.id = id;
    this.title = title;
    this.scope = scope;
    this.formats = formats;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public Scope scope() {
    return scope;
  }

  public Set<ReportFormat> formats() {
    return formats;
  }

  static Optional<ReportType> byId(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
  }
}
