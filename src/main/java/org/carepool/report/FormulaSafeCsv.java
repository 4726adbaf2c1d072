package org.carepool.report;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV printer whose text cells cannot run as spreadsheet formulas (OWASP, "CSV injection"): a cell
 * beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a single
 * quote in front, which Excel and LibreOffice show as text and which keeps the name readable
 * ({@code '=HYPERLINK(…)}). A cell that is a plain number ({@code -20000.00}) is left alone: numbers
 * are not text cells, and a spreadsheet must still read a negative amount as a number.
 */
final class FormulaSafeCsv implements Closeable {
  private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private final CSVPrinter printer;

  FormulaSafeCsv(Appendable out, CSVFormat format) throws IOException {
    this.printer = new CSVPrinter(out, format);
  }

  void printRecord(Object... values) throws IOException {
    printer.printRecord(safe(java.util.Arrays.asList(values)));
  }

  void printRecord(Iterable<?> values) throws IOException {
    List<Object> all = new ArrayList<>();
    values.forEach(all::add);
    printer.printRecord(safe(all));
  }

  void println() throws IOException {
    printer.println();
  }

  @Override
  public void close() throws IOException {
    printer.close();
  }

  private static List<Object> safe(List<?> values) {
    return values.stream().map(FormulaSafeCsv::cell).toList();
  }

  /** The value as the cell should hold it: neutralised when it is text that a spreadsheet would run. */
  static Object cell(Object value) {
    if (!(value instanceof CharSequence text) || text.isEmpty()) {
      return value == null ? "" : value;
    }
    String cell = text.toString();
    if (FORMULA_STARTS.indexOf(cell.charAt(0)) < 0 || PLAIN_NUMBER.matcher(cell).matches()) {
      return cell;
    }
    return "'" + cell;
  }
}
