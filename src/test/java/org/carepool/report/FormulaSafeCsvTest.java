package org.carepool.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.math.BigDecimal;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

/** Issue 16, finding 5, cell by cell: each formula start, including the tab and CR that an importer would strip. */
class FormulaSafeCsvTest {

  @Test
  void every_formula_start_is_quoted_and_plain_numbers_are_not() throws Exception {
    StringWriter out = new StringWriter();
    try (FormulaSafeCsv csv = new FormulaSafeCsv(out, CSVFormat.RFC4180)) {
      csv.printRecord("=1+1", "+1+1", "-1+1", "@A1", "\t=1+1", "\r=1+1", "-20000.00", "+3", "12.50",
          new BigDecimal("-5.00"), "Home care", "", null, "a=b");
    }
    assertEquals("'=1+1,'+1+1,'-1+1,'@A1,'\t=1+1,\"'\r=1+1\",-20000.00,+3,12.50,-5.00,Home care,,,a=b\r\n",
        out.toString());
  }
}
