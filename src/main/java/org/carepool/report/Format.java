package org.carepool.report;

import java.util.Locale;

/** The file formats a report renders to (SPEC §6). */
public enum Format {
  PDF("pdf", "application/pdf"),
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  CSV("csv", "text/csv; charset=utf-8");

  private final String extension;
  private final String contentType;

  Format(String extension, String contentType) {
    this.extension = extension;
    this.contentType = contentType;
  }

  /** The file extension without the dot, also the {@code format=} value of the API and CLI. */
  public String extension() {
    return extension;
  }

  /** The HTTP {@code Content-Type} of a rendered file. */
  public String contentType() {
    return contentType;
  }

  /** Reads {@code pdf}, {@code xlsx} or {@code csv} (any case). */
  public static Format parse(String value) {
    try {
      return valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown format '" + value + "', expected pdf, xlsx or csv");
    }
  }
}
