package org.carepool.schedule;

import static org.carepool.db.generated.Tables.BOARD;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/** The boards' names, for schedules and their mails. */
final class BoardRepository {
  private final DSLContext dsl;

  BoardRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  Optional<String> name(String board) {
    return dsl.select(BOARD.NAME).from(BOARD).where(BOARD.CODE.eq(board)).fetchOptional(BOARD.NAME);
  }

  /** Every board, code to name, in code order (for the schedule form). */
  Map<String, String> all() {
    Map<String, String> boards = new LinkedHashMap<>();
    dsl.select(BOARD.CODE, BOARD.NAME).from(BOARD).orderBy(BOARD.CODE).forEach(r -> boards.put(r.value1(), r.value2()));
    return boards;
  }
}
