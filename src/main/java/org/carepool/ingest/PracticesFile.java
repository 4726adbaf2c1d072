package org.carepool.ingest;

import static org.carepool.db.generated.Tables.PRACTICE;

import java.util.List;
import org.jooq.Field;

/** {@code practices.csv}: GP practices and their locality; inserted or updated by code. */
final class PracticesFile implements EntityFile {
  private static final List<Field<?>> FIELDS =
      List.of(PRACTICE.CODE, PRACTICE.NAME, PRACTICE.LOCALITY, PRACTICE.IMPORT_BATCH);

  private final Catalogue catalogue;
  private final Keys keys = new Keys("code");

  PracticesFile(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void check(Row row) {
    Object[] values = values(row);
    keys.add(row, values[0]);
    if (values[0] != null) {
      catalogue.practice((String) values[0], (String) values[2]);
    }
  }

  private Object[] values(Row row) {
    return new Object[] {row.required("code", Row.CODE), row.required("name", Row.NAME),
        row.requiredCode("locality", catalogue.localities, "locality"), null};
  }

  @Override
  public String write(WriteContext out) {
    return out.upsert(PRACTICE, FIELDS, 1, this::values);
  }
}
