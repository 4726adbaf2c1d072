package org.carepool.report;

import org.carepool.arrangement.ArrangementService;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.carepool.db.Database;
import org.carepool.finance.IncomeExpenditureService;
import org.carepool.indicators.MappingService;
import org.carepool.indicators.PerformanceService;
import org.carepool.ingest.ImportProgress;
import org.carepool.ingest.Importer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spend-mapping PDF with more than 60 practices shows only the 10 highest and 10 lowest cost
 * per head; the CSV and XLSX keep every practice. The store is the hand-worked {@code indicators/area}
 * (P1 £5.00 and P2 £0.50 a head over 2025-26) plus 64 practices Q01…Q64 of 1,000 people each whose
 * cost per head is £1 … £64 (Q01 £1, Q64 £64): 66 practices in all.
 */
class SpendMappingPracticesTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-20T09:00:00Z"), ZoneOffset.UTC);
  /** Highest cost per head: Q64 … Q55. */
  private static final Set<String> HIGHEST = IntStream.rangeClosed(55, 64).mapToObj(SpendMappingPracticesTest::q)
      .collect(Collectors.toSet());
  /** Lowest: P2 (0.50), Q01 … Q04, P1 (5.00, before Q05 at 5.00 by code), Q05 … Q08. */
  private static final Set<String> LOWEST = Stream.concat(Stream.of("P1", "P2"),
      IntStream.rangeClosed(1, 8).mapToObj(SpendMappingPracticesTest::q)).collect(Collectors.toSet());
  /** Between them, so not in the PDF: Q09 … Q54. */
  private static final Set<String> BETWEEN = IntStream.rangeClosed(9, 54).mapToObj(SpendMappingPracticesTest::q)
      .collect(Collectors.toSet());

  @TempDir
  static Path dir;
  private static Database db;
  private static ReportService reports;

  @BeforeAll
  static void load() throws URISyntaxException, IOException {
    Path area = Path.of(SpendMappingPracticesTest.class.getResource("/indicators/area").toURI());
    Path data = dir.resolve("area");
    Files.createDirectories(data);
    try (Stream<Path> files = Files.list(area)) {
      for (Path f : files.toList()) {
        Files.copy(f, data.resolve(f.getFileName()));
      }
    }
    StringBuilder practices = new StringBuilder();
    StringBuilder population = new StringBuilder();
    StringBuilder activity = new StringBuilder();
    for (int i = 1; i <= 64; i++) {
      String code = q(i);
      practices.append(code).append(",Practice ").append(i).append(',').append(i % 2 == 0 ? "L1" : "L2").append('\n');
      population.append(code).append(",2025,20-24,F,1000\n");
      activity.append("T").append(i).append(",2025-05,Z").append(i).append(',').append(code)
          .append(",22,F,COMMUNITY_HEALTH,NONE,,,0,").append(i * 1000).append(".00\n");
    }
    append(data.resolve("practices.csv"), practices);
    append(data.resolve("population.csv"), population);
    append(data.resolve("activity.csv"), activity);
    db = Database.open(Database.inMemoryUrl("t" + UUID.randomUUID()));
    new Importer(db, CLOCK).load(List.of(data), "tester", ImportProgress.none());
    reports = new ReportService(Rendered.RENDERER, new ArrangementService(db.dsl()), new IncomeExpenditureService(db.dsl()),
        new PerformanceService(db.dsl()), new MappingService(db.dsl()), CLOCK);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void with_more_than_60_practices_the_pdf_names_the_10_highest_and_10_lowest_and_says_so() throws IOException {
    String text = Rendered.pdfText(data(Format.PDF));
    String squeezed = Rendered.squeezed(text);
    assertTrue(squeezed.contains("Practices:the10highestand10lowestcostperheadof66practices"), text);
    assertTrue(squeezed.contains("EverypracticeisintheXLSXandCSV"), text);
    assertTrue(squeezed.contains("…46practicesbetween…"), text);
    for (String code : HIGHEST) {
      assertTrue(squeezed.contains(code + "Practice") || squeezed.contains(code + "North") || squeezed.contains(code
          + "South"), code + " missing: " + text);
    }
    for (String code : LOWEST) {
      assertTrue(squeezed.contains(code + "Practice") || squeezed.contains(code + "North") || squeezed.contains(code
          + "South"), code + " missing: " + text);
    }
    for (String code : BETWEEN) {
      assertFalse(squeezed.contains(code + "Practice"), code + " should not be in the PDF: " + text);
    }
    // highest first: Q64 £64.00 a head leads, P2 £0.50 closes the table
    assertTrue(squeezed.indexOf("Q64Practice64") < squeezed.indexOf("Q55Practice55"), text);
    assertTrue(squeezed.indexOf("Q55Practice55") < squeezed.indexOf("Q08Practice8"), text);
    assertTrue(squeezed.indexOf("Q08Practice8") < squeezed.indexOf("P2SouthPractice"), text);
    assertTrue(squeezed.contains("1,00064,00064.00"), text);
  }

  @Test
  void the_csv_and_the_xlsx_hold_every_practice() throws IOException {
    List<CSVRecord> rows = Rendered.csv(data(Format.CSV));
    int start = IntStream.range(0, rows.size()).filter(i -> rows.get(i).get(0).equals("Cost per head by practice"))
        .findFirst().orElseThrow();
    Set<String> listed = rows.subList(start + 2, rows.size()).stream().filter(r -> r.size() > 1)
        .map(r -> r.get(0).split(" ")[0]).collect(Collectors.toSet());
    Set<String> every = Stream.of(HIGHEST, LOWEST, BETWEEN).flatMap(Set::stream).collect(Collectors.toSet());
    assertEquals(66, every.size());
    assertEquals(every, listed);
    String cells = xlsxText(data(Format.XLSX));
    for (String code : every) {
      assertTrue(cells.contains(code + " "), code + " missing from the XLSX");
    }
    assertFalse(cells.contains("highest and"), "the XLSX lists every practice");
  }

  private static String xlsxText(ReportData data) throws IOException {
    StringBuilder out = new StringBuilder();
    for (org.apache.poi.ss.usermodel.Row row : Rendered.xlsx(data).getSheetAt(0)) {
      for (org.apache.poi.ss.usermodel.Cell cell : row) {
        out.append(cell.toString()).append('|');
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static ReportData data(Format format) {
    return reports.data(new ReportRequest(ReportId.SPEND_MAPPING, null, "B1", YearMonth.parse("2026-03"), format));
  }

  private static String q(int i) {
    return String.format("Q%02d", i);
  }

  private static void append(Path file, CharSequence rows) throws IOException {
    String text = Files.readString(file);
    Files.writeString(file, (text.endsWith("\n") ? "" : "\n") + rows, StandardOpenOption.APPEND);
  }
}
