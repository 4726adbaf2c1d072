package org.carepool.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.carepool.arrangement.ArrangementService;
import org.carepool.db.Database;
import org.carepool.finance.IncomeExpenditureService;
import org.carepool.indicators.MappingService;
import org.carepool.indicators.PerformanceService;
import org.carepool.ingest.ImportProgress;
import org.carepool.ingest.Importer;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 11's readability of the performance report: the month-by-month table's figures stand apart
 * (read back from the real PDF as separate words, with a visible gap, at 8.5 pt or more), even at
 * five digits; the KPI trend charts' value axis starts at zero and "This year" is labelled with its
 * values as the table shows them.
 */
class PerformanceReadabilityTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-20T09:00:00Z"), ZoneOffset.UTC);
  /** The least space between two neighbouring months' figures, in points. */
  private static final double LEAST_GAP = 4;
  /** The charts' labels are at most this size in points; the tables' figures are larger. */
  private static final double CHART_TEXT = 7;
  private static Database db;
  private static ReportService reports;

  @BeforeAll
  static void load() throws URISyntaxException {
    db = org.carepool.db.TestStores.open("wide");
    Importer importer = new Importer(db, CLOCK);
    importer.load(List.of(resource("/indicators/travel")), "tester", ImportProgress.none());
    importer.load(List.of(resource("/report/wide-kpi")), "tester", ImportProgress.none());
    reports = new ReportService(Rendered.RENDERER, new ArrangementService(db.dsl()), new IncomeExpenditureService(db.dsl()),
        new PerformanceService(db.dsl()), new MappingService(db.dsl()), CLOCK);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void the_month_tables_five_digit_figures_come_out_as_separate_words_with_a_gap_at_8_5_pt() throws IOException {
    byte[] pdf = reports.render(ReportRequest.forArrangement(ReportId.PERFORMANCE, "T1", YearMonth.parse("2025-06"),
        Format.PDF)).content();
    List<Word> words = words(pdf);
    // The trend chart above the table labels its points with the same figures, in 6 pt text.
    Word april = words.stream().filter(w -> w.text().equals("12,689.9") && w.size() > CHART_TEXT).findFirst()
        .orElseThrow(() -> new AssertionError("April's 12,689.9 is not a word of its own: " + words));
    List<Word> row = words.stream().filter(w -> w.page() == april.page() && Math.abs(w.y() - april.y()) < 1)
        .filter(w -> w.x() >= april.x()).toList();
    assertEquals(List.of("12,689.9", "13,732.1", "12,690.6"), row.stream().map(Word::text).toList(),
        "the row of April to June as words");
    for (int i = 1; i < row.size(); i++) {
      double gap = row.get(i).x() - row.get(i - 1).end();
      assertTrue(gap >= LEAST_GAP, row.get(i - 1).text() + " and " + row.get(i).text() + " are " + gap + " pt apart");
    }
    assertTrue(row.stream().allMatch(w -> w.size() >= 8.49), "table text under 8.5 pt: " + row);
  }

  /** Words in a chart as text, not outlines: readable, searchable, and a fraction of the bytes to write. */
  @Test
  void the_trend_charts_label_their_points_in_text() throws IOException {
    byte[] pdf = reports.render(ReportRequest.forArrangement(ReportId.PERFORMANCE, "T1", YearMonth.parse("2025-06"),
        Format.PDF)).content();
    assertTrue(words(pdf).stream().anyMatch(w -> w.text().equals("12,689.9") && w.size() <= CHART_TEXT),
        "April's point is labelled in the chart's own small text");
  }

  @Test
  void a_kpi_trend_charts_value_axis_starts_at_zero_and_this_years_points_carry_their_values() {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    data.addValue(new BigDecimal("1689.9"), KpiContext.ACTUAL, "Apr");
    data.addValue(new BigDecimal("1732.1"), KpiContext.ACTUAL, "May");
    data.addValue(new BigDecimal("1686.0"), KpiContext.TARGET, "Apr");
    data.addValue(new BigDecimal("1686.0"), KpiContext.TARGET, "May");
    JFreeChart chart = ChartFactory.createLineChart(null, null, null, data);
    new TrendChart().customize(chart, null);
    CategoryPlot plot = chart.getCategoryPlot();
    NumberAxis axis = (NumberAxis) plot.getRangeAxis();
    assertEquals(0.0, axis.getLowerBound(), "the axis runs from zero");
    assertTrue(axis.getUpperBound() > 1732.1, "the highest value shows: " + axis.getUpperBound());
    assertTrue(plot.getRenderer().isSeriesItemLabelsVisible(0), "This year's points are labelled");
    assertEquals("1,732.1", plot.getRenderer().getSeriesItemLabelGenerator(0).generateLabel(data, 0, 1));
    assertTrue(!plot.getRenderer().isSeriesItemLabelsVisible(1), "the flat target line is named in the legend, not labelled");
  }

  @Test
  void the_trend_template_uses_that_chart_customizer() throws IOException {
    assertTrue(Files.readString(Path.of("reports/performance-trends.jrxml"))
        .contains("customizerClass=\"" + TrendChart.class.getName() + "\""));
  }

  /**
   * A word as PDFBox reads it: where it starts and ends on its line, and its font size in points,
   * worked out from its width (the PDF's own font size is written whole, and a shrunk-to-fit cell keeps it).
   */
  private record Word(String text, int page, double x, double end, double y, double size) {}

  private static List<Word> words(byte[] pdf) throws IOException {
    List<Word> words = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
          for (String part : text.split(" ")) {
            if (part.isEmpty()) {
              continue;
            }
            int from = text.indexOf(part);
            TextPosition first = positions.get(Math.min(from, positions.size() - 1));
            TextPosition last = positions.get(Math.min(from + part.length() - 1, positions.size() - 1));
            double end = last.getXDirAdj() + last.getWidthDirAdj();
            words.add(new Word(part, getCurrentPageNo(), first.getXDirAdj(), end, first.getYDirAdj(),
                (end - first.getXDirAdj()) / (width(first, part) / 1000)));
          }
        }
      };
      stripper.setSortByPosition(true);
      stripper.getText(document);
    }
    return words;
  }

  /** The word's width in the font's units (1000 to the em). */
  private static double width(TextPosition position, String text) {
    try {
      return position.getFont().getStringWidth(text);
    } catch (IOException | IllegalArgumentException e) {
      throw new AssertionError("cannot measure " + text, e);
    }
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(PerformanceReadabilityTest.class.getResource(name).toURI());
  }
}
