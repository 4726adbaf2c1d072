package org.carepool.ingest;

import static org.carepool.db.generated.Tables.LOCALITY;

import java.util.List;
import org.carepool.db.generated.tables.records.LocalityRecord;
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
    LocalityRecord locality = values(row);
    keys.add(row, locality.getCode());
    if (locality.getCode() != null) {
      catalogue.locality(locality.getCode());
    }
  }

  private LocalityRecord values(Row row) {
    LocalityRecord locality = new LocalityRecord();
    locality.setCode(row.required("code", Row.CODE));
    locality.setName(row.required("name", Row.NAME));
    locality.setPartnership(row.optional("partnership", Row.NAME));
    return locality;
  }

  @Override
  public String write(WriteContext out) {
    return out.upsert(LOCALITY, FIELDS, 1, this::values);
  }
}
