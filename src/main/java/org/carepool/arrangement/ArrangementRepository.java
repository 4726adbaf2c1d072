package org.carepool.arrangement;

import static org.carepool.db.generated.Tables.ARRANGEMENT;
import static org.carepool.db.generated.Tables.BOARD;
import static org.carepool.db.generated.Tables.SPEND;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

final class ArrangementRepository {
  private final DSLContext dsl;

  ArrangementRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  List<ArrangementSummary> all() {
    return where(DSL.noCondition());
  }

  List<ArrangementSummary> ofBoard(String board) {
    return where(ARRANGEMENT.BOARD.eq(board));
  }

  Optional<String> boardName(String board) {
    return dsl.select(BOARD.NAME).from(BOARD).where(BOARD.CODE.eq(board)).fetchOptional(BOARD.NAME);
  }

  private List<ArrangementSummary> where(Condition condition) {
    return dsl.select(ARRANGEMENT.CODE, ARRANGEMENT.NAME, ARRANGEMENT.BOARD, ARRANGEMENT.MODEL, ARRANGEMENT.HOST,
            BOARD.NAME)
        .from(ARRANGEMENT)
        .join(BOARD).on(BOARD.CODE.eq(ARRANGEMENT.BOARD))
        .where(condition)
        .orderBy(ARRANGEMENT.CODE)
        .fetch(r -> new ArrangementSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
  }

  /** Each arrangement's latest month with spend (read from the (arrangement, month) index). */
  Map<String, YearMonth> latestSpendMonths() {
    return dsl.select(SPEND.ARRANGEMENT, org.jooq.impl.DSL.max(SPEND.MONTH))
        .from(SPEND)
        .groupBy(SPEND.ARRANGEMENT)
        .fetchMap(r -> r.value1(), r -> YearMonth.from(r.value2()));
  }
}
