package org.carepool.arrangement;

import java.util.List;
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
}
