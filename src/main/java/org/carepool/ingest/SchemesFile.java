package org.carepool.ingest;

import static org.carepool.db.generated.Tables.SCHEME;

import java.util.List;
import org.jooq.Field;

/** {@code schemes.csv}: lines of service of an arrangement, funded by an organisation; inserted or updated by key. */
final class SchemesFile implements EntityFile {
  private static final List<Field<?>> FIELDS = List.of(SCHEME.ARRANGEMENT, SCHEME.CODE, SCHEME.NAME,
      SCHEME.CARE_TYPE, SCHEME.FUNDER, SCHEME.IMPORT_BATCH);

  private final Catalogue catalogue;
  private final Keys keys = new Keys("arrangement");

  SchemesFile(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void check(Row row) {
    Object[] values = values(row);
    keys.add(row, values[0], values[1]);
    String arrangement = row.text("arrangement");
    if (arrangement != null && values[1] != null) {
      catalogue.schemes.add(Catalogue.schemeKey(arrangement, (String) values[1]));
    }
  }

  private Object[] values(Row row) {
    return new Object[] {row.requiredCode("arrangement", catalogue.arrangementCodes, "arrangement"),
        row.required("code", Row.CODE), row.required("name", Row.NAME), row.oneOf("care_type", Values.CARE_TYPES),
        row.requiredCode("funder", catalogue.organisations, "organisation"), null};
  }

  @Override
  public String write(WriteContext out) {
    return out.upsert(SCHEME, FIELDS, 2, this::values);
  }
}
