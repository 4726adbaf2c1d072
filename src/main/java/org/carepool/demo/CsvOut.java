package org.carepool.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** One SPEC §3 file being written: RFC 4180, UTF-8, header first; counts the data rows. */
final class CsvOut implements AutoCloseable {

  private static final int BUFFER = 1 << 16;

  private final String name;
  private final CSVPrinter printer;
  private long rows;

  private CsvOut(String name, CSVPrinter printer) {
    this.name = name;
    this.printer = printer;
  }

  static CsvOut open(Path dir, String name, String... header) throws IOException {
    var out = Files.newOutputStream(dir.resolve(name));
    var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
    var format = CSVFormat.RFC4180.builder().setHeader(header).get();
    return new CsvOut(name, new CSVPrinter(writer, format));
  }

  void row(Object... values) throws IOException {
    printer.printRecord(values);
    rows++;
  }

  String name() {
    return name;
  }

  long rows() {
    return rows;
  }

  @Override
  public void close() throws IOException {
    printer.close(true);
  }
}
