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
 * The mark a download cache adds to its key changes on every close, reopening and commentary entered by hand,
 * and each of them raises the store's generation.
 */
class CloseMarkTest {

  @Test
  void the_mark_moves_on_close_reopen_and_commentary_and_stays_put_on_a_read() throws URISyntaxException {
    Database db = TestStores.open("mark");
    try {
      new Importer(db, Clock.systemUTC()).load(List.of(Path.of(getClass().getResource("/finance/lb1").toURI())),
          "test", ImportProgress.none());
      MonthCloses closes = new MonthCloses(db.dsl(), new Audit(db.dsl(), Clock.systemUTC()), Clock.systemUTC());
      YearMonth aug = YearMonth.parse("2025-08");
      assertEquals(new MonthCloseRepository.CloseMark(0, 0, 0), closes.changeMark());
      closes.close("LB1", aug, "analyst", CloseHow.ANALYST, "");
      assertEquals(new MonthCloseRepository.CloseMark(1, 0, 0), closes.changeMark());
      new IncomeExpenditureService(db.dsl()).statement("LB1", aug, StatementView.REPORTED);
      assertEquals(new MonthCloseRepository.CloseMark(1, 0, 0), closes.changeMark(), "a read changes nothing");
      closes.reopen("LB1", aug, "admin", "late invoices", "");
      assertEquals(new MonthCloseRepository.CloseMark(0, 1, 0), closes.changeMark(), "the close left for the history");
      closes.close("LB1", aug, "analyst", CloseHow.ANALYST, "");
      assertEquals(new MonthCloseRepository.CloseMark(2, 1, 0), closes.changeMark(), "a new close, a new id");
      closes.putCommentary(new Commentary("LB1", "S1", aug, "Surge", null, null, null), "analyst", "");
      closes.putCommentary(new Commentary("LB1", "S1", aug, "Surge, revised", null, null, null), "analyst", "");
      assertEquals(new MonthCloseRepository.CloseMark(2, 1, 2), closes.changeMark());
    } finally {
      db.close();
    }
  }

  /** Each change also raises the store's generation, which orders changes that commit out of id order. */
  @Test
  void every_close_reopening_and_commentary_raises_the_generation_once_and_a_read_or_a_refusal_does_not()
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
      closes.putCommentary(new Commentary("LB1", "S1", aug, "Surge", null, null, null), "analyst", "");
      assertEquals(loaded + 3, DataGeneration.current(db.dsl()));
    } finally {
      db.close();
    }
  }
}
