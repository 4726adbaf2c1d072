package org.carepool.ingest;

import static org.carepool.db.generated.Tables.BOARD;

import java.util.List;
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
    Object[] values = values(row);
    keys.add(row, values[0]);
    if (values[0] != null) {
      catalogue.boards.add((String) values[0]);
    }
  }

  private Object[] values(Row row) {
    return new Object[] {row.required("code", Row.CODE), row.required("name", Row.NAME), null};
  }

  @Override
  public String write(WriteContext out) {
    return out.upsert(BOARD, FIELDS, 1, this::values);
  }
}
