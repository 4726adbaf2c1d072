package org.carepool.ingest;

import static org.carepool.db.generated.Tables.BOARD;

import java.util.List;
import org.carepool.db.generated.tables.records.BoardRecord;
import org.jooq.Field;

/** {@code boards.csv}: joint boards; inserted or updated by code, never deleted. */
final class BoardsFile implements EntityFile {
  private static final List<Field<?>> FIELDS = List.of(BOARD.CODE, BOARD.NAME, BOARD.IMPORT_BATCH);

  private final Catalogue catalogue;
  private final Keys keys = new Keys("code");

  BoardsFile(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void check(Row row) {
    BoardRecord board = values(row);
    keys.add(row, board.getCode());
    if (board.getCode() != null) {
      catalogue.board(board.getCode());
    }
  }

  private BoardRecord values(Row row) {
    BoardRecord board = new BoardRecord();
    board.setCode(row.required("code", Row.CODE));
    board.setName(row.required("name", Row.NAME));
    return board;
  }

  @Override
  public String write(WriteContext out) {
    return out.upsert(BOARD, FIELDS, 1, this::values);
  }
}
