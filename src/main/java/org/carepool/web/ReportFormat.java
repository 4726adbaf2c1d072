package org.carepool.web;

import java.util.Arrays;
import java.util.Optional;

/** The file formats a report renders to. */
public enum ReportFormat {
  PDF("pdf", "application/pdf"),
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  CSV("csv", "text/csv; charset=utf-8");

  private final String id;
  private final String contentType;

  ReportFormat(String id, String contentType) {
    this.id = id;
    this.contentType = contentType;
  }

  public String id() {
    return id;
  }

  public String contentType() {
    return contentType;
  }

  static Optional<ReportFormat> byId(String id) {
    return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
  }
}
