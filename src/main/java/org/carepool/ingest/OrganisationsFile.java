package org.carepool.ingest;

import static org.carepool.db.generated.Tables.ORGANISATION;

import java.util.List;
import java.util.Set;
import org.carepool.db.generated.tables.records.OrganisationRecord;
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
    OrganisationRecord organisation = values(row);
    keys.add(row, organisation.getCode());
    if (organisation.getCode() != null) {
      catalogue.organisation(organisation.getCode());
    }
  }

  private OrganisationRecord values(Row row) {
    OrganisationRecord organisation = new OrganisationRecord();
    organisation.setCode(row.required("code", Row.CODE));
    organisation.setName(row.required("name", Row.NAME));
    organisation.setKind(row.oneOf("kind", KINDS));
    return organisation;
  }

  @Override
  public String write(WriteContext out) {
    return out.upsert(ORGANISATION, FIELDS, 1, this::values);
  }
}
