package org.carepool.arrangement;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** The arrangements held in the store. */
public final class ArrangementService {
  private final ArrangementRepository arrangements;

  public ArrangementService(DSLContext dsl) {
    this.arrangements = new ArrangementRepository(dsl);
  }

  public List<ArrangementSummary> list() {
    return arrangements.all();
  }

  /** The arrangements of one board, in code order. */
  public List<ArrangementSummary> ofBoard(String board) {
    return arrangements.all().stream().filter(a -> a.board().equals(board)).toList();
  }

  /** Each arrangement's latest month with spend; arrangements with no spend are absent. */
  public Map<String, YearMonth> latestSpendMonths() {
    return arrangements.latestSpendMonths();
  }
}
