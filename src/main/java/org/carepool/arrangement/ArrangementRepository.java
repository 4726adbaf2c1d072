package org.carepool.arrangement;

import static org.carepool.db.generated.Tables.ARRANGEMENT;
import static org.carepool.db.generated.Tables.BOARD;

import java.util.List;
import org.jooq.DSLContext;

final class ArrangementRepository {
  private final DSLContext dsl;

  ArrangementRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  List<ArrangementSummary> all() {
    return dsl.select(ARRANGEMENT.CODE, ARRANGEMENT.NAME, ARRANGEMENT.BOARD, ARRANGEMENT.MODEL, ARRANGEMENT.HOST,
            BOARD.NAME)
        .from(ARRANGEMENT)
        .join(BOARD).on(BOARD.CODE.eq(ARRANGEMENT.BOARD))
        .orderBy(ARRANGEMENT.CODE)
        .fetch(r -> new ArrangementSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
  }
}
