package org.carepool.report;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.carepool.indicators.Figures;
import org.carepool.indicators.KpiFigure;

/** The performance and spend-mapping tables as CSV: a title row, a header row, the rows, a blank line. */
final class IndicatorsCsv {

  private IndicatorsCsv() {
  }

  static byte[] performance(PerformanceReport report) {
    return write(csv -> {
      ReportContext c = report.context();
      csv.printRecord("Performance");
      csv.printRecord("arrangement", "month", "financial_year", "produced_at", "import_batches");
      csv.printRecord(c.arrangement(), c.asAt(), c.financialYear(), c.producedAt().toOffsetDateTime(),
          Wording.batches(c.importBatches()));
      csv.println();
      csv.printRecord("Indicators");
      csv.printRecord("code", "name", "unit", "better", "derived", "target", "actual", "rating");
      for (KpiFigure k : report.performance().kpis()) {
        csv.printRecord(k.code(), k.name(), k.unit(), k.better(), k.derived(), text(k.target()), text(k.actual()),
            k.rating() == null ? "" : k.rating());
      }
      csv.println();
      csv.printRecord("Series");
      csv.printRecord("code", "month", "value");
      for (KpiFigure k : report.performance().kpis()) {
        for (KpiFigure.Point point : k.series()) {
          csv.printRecord(k.code(), point.month(), text(point.value()));
        }
      }
    });
  }

  static byte[] mapping(SpendMappingReport report) {
    return write(csv -> {
      for (SpendMappingFill.Section section : SpendMappingFill.sections(report.mapping())) {
        csv.printRecord(section.title());
        csv.printRecord(section.headers().stream().filter(h -> h != null).toList());
        for (SpendMappingFill.Line line : section.lines()) {
          java.util.List<Object> values = new java.util.ArrayList<>(java.util.List.of(line.a(), line.b()));
          for (int i = 0; i < section.headers().size() - 2; i++) {
            values.add(text(line.n().get(i)));
          }
          csv.printRecord(values);
        }
        csv.println();
      }
    });
  }

  private interface Body {
    void print(CSVPrinter csv) throws IOException;
  }

  private static byte[] write(Body body) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      body.print(csv);
    } catch (IOException e) {
      throw new ReportException("CSV failed: " + e.getMessage(), e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String text(BigDecimal value) {
    return value == null ? "" : Figures.text(value);
  }
}
