package org.carepool.report;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.carepool.indicators.Figures;
import org.carepool.indicators.KpiFigure;
import org.carepool.indicators.Performance;

/**
 * The performance and spend-mapping tables as CSV: a title row, a header row, the rows, a blank line.
 * Like the I&E CSV it starts with a UTF-8 byte-order mark, without which Excel reads "£" and "–" as
 * Windows-1252.
 */
final class IndicatorsCsv {
  private static final String BYTE_ORDER_MARK = "\uFEFF";

  private IndicatorsCsv() {
  }

  static byte[] performance(PerformanceReport report) {
    return write(csv -> {
      ReportContext c = report.context();
      Performance p = report.performance();
      csv.printRecord("Performance");
      csv.printRecord("arrangement", "month", "financial_year", "activity_to", "produced_at", "import_batches");
      csv.printRecord(c.arrangement(), c.asAt(), c.financialYear(), p.activityTo() == null ? "" : p.activityTo(),
          c.producedAt().toOffsetDateTime(), Wording.batches(c.importBatches()));
      csv.println();
      csv.printRecord("Indicators");
      csv.printRecord("code", "name", "unit", "better", "derived", "target", "actual", "rating", "actual_month");
      for (KpiFigure k : p.kpis()) {
        csv.printRecord(k.code(), k.name(), k.unit(), k.better(), k.derived(), text(k.target(), k.decimals()),
            text(k.actual(), k.decimals()), k.rating() == null ? "" : k.rating(),
            k.actualMonth() == null ? "" : k.actualMonth());
      }
      csv.println();
      csv.printRecord("Series");
      csv.printRecord("code", "month", "value");
      for (KpiFigure k : p.kpis()) {
        for (KpiFigure.Point point : k.series()) {
          csv.printRecord(k.code(), point.month(), text(point.value(), k.decimals()));
        }
      }
      if (!p.notes().isEmpty()) {
        csv.println();
        csv.printRecord("Data quality");
        for (String note : p.notes()) {
          csv.printRecord(note);
        }
      }
    });
  }

  static byte[] mapping(SpendMappingReport report) {
    return write(csv -> {
      for (SpendMappingSections.Section section : SpendMappingFill.sections(report.mapping())) {
        csv.printRecord(section.title());
        csv.printRecord(section.headers().stream().filter(h -> h != null).toList());
        for (SpendMappingSections.Line line : section.lines()) {
          List<Object> values = new ArrayList<>(List.of(line.a(), line.b()));
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
    void print(FormulaSafeCsv csv) throws IOException;
  }

  private static byte[] write(Body body) {
    StringWriter out = new StringWriter();
    out.write(BYTE_ORDER_MARK);
    try (FormulaSafeCsv csv = new FormulaSafeCsv(out, CSVFormat.RFC4180)) {
      body.print(csv);
    } catch (IOException e) {
      throw new ReportException("CSV failed: " + e.getMessage(), e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String text(BigDecimal value) {
    return text(value, 2);
  }

  private static String text(BigDecimal value, int decimals) {
    return value == null ? "" : Figures.text(value, decimals);
  }
}
