package org.carepool.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.carepool.audit.Audit;
import org.carepool.db.DataGeneration;
import org.carepool.db.Database;
import org.carepool.db.TestStores;
import org.carepool.ingest.ImportProgress;
import org.carepool.ingest.Importer;
import org.junit.jupiter.api.Test;

/**
 * Every close, reopening and commentary entered by hand counts one change to the figures, the data version
 * a download cache is keyed by; a read or a refused close counts none.
 */
class FigureChangesTest {

  @Test
  void every_close_reopening_and_commentary_counts_one_change_and_a_read_or_a_refusal_none()
      throws URISyntaxException {
    Database db = TestStores.open("generation");
    try {
      new Importer(db, Clock.systemUTC()).load(List.of(Path.of(getClass().getResource("/finance/lb1").toURI())),
          "test", ImportProgress.none());
      MonthCloses closes = new MonthCloses(db.dsl(), new Audit(db.dsl(), Clock.systemUTC()), Clock.systemUTC());
      YearMonth aug = YearMonth.parse("2025-08");
      long loaded = DataGeneration.current(db.dsl());
      closes.close("LB1", aug, "analyst", CloseHow.ANALYST, "");
      assertEquals(loaded + 1, DataGeneration.current(db.dsl()));
      new IncomeExpenditureService(db.dsl()).statement("LB1", aug, StatementView.REPORTED);
      assertThrows(MonthAlreadyClosed.class, () -> closes.close("LB1", aug, "analyst", CloseHow.ANALYST, ""));
      assertEquals(loaded + 1, DataGeneration.current(db.dsl()), "a read and a refused close change nothing");
      closes.reopen("LB1", aug, "admin", "late invoices", "");
      assertEquals(loaded + 2, DataGeneration.current(db.dsl()));
      closes.close("LB1", aug, "analyst", CloseHow.ANALYST, "");
      assertEquals(loaded + 3, DataGeneration.current(db.dsl()), "closed again after the reopening");
      closes.putCommentary(new Commentary("LB1", "S1", aug, "Surge", null, null, null), "analyst", "");
      assertEquals(loaded + 4, DataGeneration.current(db.dsl()));
      closes.putCommentary(new Commentary("LB1", "S1", aug, "Surge, revised", null, null, null), "analyst", "");
      assertEquals(loaded + 5, DataGeneration.current(db.dsl()), "commentary replaced counts again");
    } finally {
      db.close();
    }
  }
}
