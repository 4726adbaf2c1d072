package org.carepool.ingest;

import static org.carepool.db.generated.Tables.ORGANISATION;

import java.util.List;
import java.util.Set;
import org.jooq.Field;

/** {@code organisations.csv}: partner bodies; inserted or updated by code, never deleted. */
final class OrganisationsFile implements EntityFile {
  static final Set<String> KINDS = Set.of("NHS_COMMISSIONER", "LOCAL_AUTHORITY", "NHS_PROVIDER", "OTHER");
  private static final List<Field<?>> FIELDS =
      List.of(ORGANISATION.CODE, ORGANISATION.NAME, ORGANISATION.KIND, ORGANISATION.IMPORT_BATCH);

  private final Catalogue catalogue;
  private final Keys keys = new Keys("code");

  OrganisationsFile(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void check(Row row) {
    Object[] values = values(row);
    keys.add(row, values[0]);
    if (values[0] != null) {
      catalogue.organisations.add((String) values[0]);
    }
  }

  private Object[] values(Row row) {
    return new Object[] {row.required("code", Row.CODE), row.required("name", Row.NAME),
        row.oneOf("kind", KINDS), null};
  }

  @Override
  public String write(WriteContext out) {
    return out.upsert(ORGANISATION, FIELDS, 1, this::values);
  }
}
