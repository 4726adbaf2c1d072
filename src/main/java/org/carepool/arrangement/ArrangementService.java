package org.carepool.arrangement;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** The boards and arrangements held in the store. */
public final class ArrangementService {
  private final ArrangementRepository arrangements;

  public ArrangementService(DSLContext dsl) {
    this.arrangements = new ArrangementRepository(dsl);
  }

  public List<ArrangementSummary> list() {
    return arrangements.all();
  }

  /** The arrangements of one board, in code order; none for an unknown board. */
  public List<ArrangementSummary> ofBoard(String board) {
    return arrangements.ofBoard(board);
  }

  /** The board with its name and arrangements. @throws UnknownBoardException when no board has the code */
  public Board board(String code) {
    String name = arrangements.boardName(code).orElseThrow(() -> new UnknownBoardException(code));
    return new Board(code, name, arrangements.ofBoard(code));
  }

  /** Each arrangement's latest month with spend; arrangements with no spend are absent. */
  public Map<String, YearMonth> latestSpendMonths() {
    return arrangements.latestSpendMonths();
  }
}
