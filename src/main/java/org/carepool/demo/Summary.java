package org.carepool.demo;

import java.util.ArrayList;
import java.util.List;

/** What was written, file by file, for the short human summary DemoData returns. */
final class Summary {

  private final List<String> lines = new ArrayList<>();
  private long totalRows;

  void add(CsvOut file) {
    lines.add(String.format("  %-28s %,12d rows", file.name(), file.rows()));
    totalRows += file.rows();
  }

  String render(String heading) {
    var text = new StringBuilder(heading).append('\n');
    lines.forEach(line -> text.append(line).append('\n'));
    text.append(String.format("  %-28s %,12d rows in %d files", "total", totalRows, lines.size()));
    return text.toString();
  }
}
