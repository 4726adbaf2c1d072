package org.carepool.ingest;

/** Reads the (arrangement, scheme) pair that budgets, spend and forecasts refer to. */
final class SchemeRef {
  private SchemeRef() {
  }

  /** The scheme code, or null (with a problem) when the arrangement has no such scheme. */
  static String scheme(Row row, Catalogue catalogue, String arrangement) {
    String scheme = row.required("scheme", Integer.MAX_VALUE);
    if (scheme != null && arrangement != null && !catalogue.hasScheme(arrangement, scheme)) {
      row.problem("scheme", scheme, "unknown scheme '" + scheme + "' of arrangement " + arrangement);
      return null;
    }
    return scheme;
  }

  static String arrangement(Row row, Catalogue catalogue) {
    return row.requiredCode("arrangement", catalogue.arrangementCodes(), "arrangement");
  }
}
