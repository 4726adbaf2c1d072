package org.carepool.report;

import org.carepool.arrangement.ArrangementService;
import static org.carepool.report.Rendered.squeezed;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.carepool.db.Database;
import org.carepool.finance.IncomeExpenditureService;
import org.carepool.indicators.MappingService;
import org.carepool.indicators.PerformanceService;
import org.carepool.ingest.ImportProgress;
import org.carepool.ingest.Importer;
import org.junit.jupiter.api.Test;

/**
 * LB2 without its last step (REST ICB; {@code report/lb2-without-rest}): the £150,000.00 that step
 * took is left over. The report
 * shows it in red in the step table and says, in red, that the agreement does not cover it.
 */
class IncomeExpenditureUnallocatedTest {

  @Test
  void a_remainder_no_step_covers_is_shown_in_red_with_its_sentence() throws IOException {
    byte[] pdf = Rendered.RENDERER.render(lb2WithoutRest(), Format.PDF);
    String text = squeezed(Rendered.pdfText(pdf));
    assertTrue(text.contains(squeezed("Unallocated: the agreement does not cover it 150,000.00")), text);
    String sentence = "£150,000.00 of the shareable overspend is unallocated: the agreement's steps do not cover it.";
    assertTrue(text.contains(squeezed(sentence)), text);
    assertTrue(text.contains(squeezed("ICB carries 180,000.00")), text);
    String red = redText(pdf);
    assertTrue(red.contains(squeezed("Unallocated: the agreement does not cover it 150,000.00")), red);
    assertTrue(red.contains(squeezed(sentence)), red);
  }

  private static IncomeExpenditureReport lb2WithoutRest() throws IOException {
    Database db = Database.open(Database.inMemoryUrl("unallocated-" + UUID.randomUUID()));
    Importer importer = new Importer(db, Examples.PRODUCED);
    importer.load(List.of(Examples.resource("finance/lb1")), "tester", ImportProgress.none());
    List<Path> lb2 = new ArrayList<>();
    try (Stream<Path> files = Files.list(Examples.resource("report/lb2"))) {
      files.filter(f -> !f.getFileName().toString().equals("risk_steps.csv")).forEach(lb2::add);
    }
    lb2.add(Examples.resource("report/lb2-without-rest/risk_steps.csv"));
    importer.load(lb2, "tester", ImportProgress.none());
    ReportService reports = new ReportService(Rendered.RENDERER, new ArrangementService(db.dsl()), new IncomeExpenditureService(db.dsl()),
        new PerformanceService(db.dsl()), new MappingService(db.dsl()), Examples.PRODUCED);
    return (IncomeExpenditureReport) reports.data(ReportRequest.forArrangement(ReportId.INCOME_EXPENDITURE, "LB2",
        YearMonth.parse("2025-12"), Format.PDF));
  }

  /** The glyphs drawn in the report's red (#B00020), in drawing order, without spaces. */
  private static String redText(byte[] pdf) throws IOException {
    StringBuilder red = new StringBuilder();
    int colour = new Color(0xB0, 0x00, 0x20).getRGB() & 0xFFFFFF;
    PDFTextStripper stripper = new PDFTextStripper() {
      {
        // the text stripper leaves colour operators out; the glyphs' colour needs them
        addOperator(new SetNonStrokingDeviceRGBColor(this));
        addOperator(new SetNonStrokingDeviceGrayColor(this));
      }

      @Override
      protected void processTextPosition(TextPosition text) {
        try {
          if (near(getGraphicsState().getNonStrokingColor().toRGB(), colour)) {
            red.append(text.getUnicode());
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        super.processTextPosition(text);
      }
    };
    try (PDDocument document = Loader.loadPDF(pdf)) {
      stripper.getText(document);
    }
    return squeezed(red.toString());
  }

  /** Within rounding: the PDF holds colours as fractions of 1. */
  private static boolean near(int rgb, int wanted) {
    for (int shift = 0; shift <= 16; shift += 8) {
      if (Math.abs((rgb >> shift & 0xFF) - (wanted >> shift & 0xFF)) > 2) {
        return false;
      }
    }
    return true;
  }
}
