package org.carepool.ingest;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/** The header row's check: every column known, none twice, none required missing. */
record CsvHeader(FileKind kind, String file, ProblemLog problems) {

  /** Each column's position, or null (with problems recorded) when the header is wrong. */
  Map<String, Integer> check(CSVRecord header) {
    Map<String, Integer> index = new HashMap<>();
    if (header.stream().anyMatch(column -> column.indexOf('\u0000') >= 0)) {
      problems.add(file, 1, "", "", ReadFailure.UTF_16); // UTF-16 without its mark reads as UTF-8 with NULs
      return null;
    }
    boolean ok = true;
    for (int i = 0; i < header.size(); i++) {
      String column = header.get(i).strip();
      if (!kind.columns.contains(column)) {
        problems.add(file, 1, column, column, unknown(column));
        ok = false;
      } else if (index.putIfAbsent(column, i) != null) {
        problems.add(file, 1, column, column, "duplicate column '" + column + "'");
        ok = false;
      }
    }
    for (String column : kind.columns) {
      if (!index.containsKey(column) && !kind.optional.contains(column)) {
        problems.add(file, 1, column, "", "missing column '" + column + "'");
        ok = false;
      }
    }
    return ok ? index : null;
  }

  private String unknown(String column) {
    String sameButCase = kind.columns.stream().filter(c -> c.equalsIgnoreCase(column)).findFirst().orElse(null);
    return "unknown column '" + column + "'" + (sameButCase == null ? "" : " (write it '" + sameButCase + "')")
        + "; expected " + String.join(",", kind.columns);
  }
}
