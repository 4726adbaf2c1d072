package org.carepool.ingest;

import static org.carepool.db.generated.Tables.LOCALITY;

import java.util.List;
import org.jooq.Field;

/** {@code localities.csv}: localities and their wider partnership; inserted or updated by code. */
final class LocalitiesFile implements EntityFile {
  private static final List<Field<?>> FIELDS =
      List.of(LOCALITY.CODE, LOCALITY.NAME, LOCALITY.PARTNERSHIP, LOCALITY.IMPORT_BATCH);

  private final Catalogue catalogue;
  private final Keys keys = new Keys("code");

  LocalitiesFile(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void check(Row row) {
    Object[] values = values(row);
    keys.add(row, values[0]);
    if (values[0] != null) {
      catalogue.localities.add((String) values[0]);
    }
  }

  private Object[] values(Row row) {
    return new Object[] {row.required("code", Row.CODE), row.required("name", Row.NAME),
        row.optional("partnership", Row.NAME), null};
  }

  @Override
  public String write(WriteContext out) {
    return out.upsert(LOCALITY, FIELDS, 1, this::values);
  }
}
