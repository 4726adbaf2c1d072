package org.carepool.ingest;

import static org.carepool.db.generated.Tables.ARRANGEMENT_LOCALITY;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.carepool.db.generated.tables.records.ArrangementLocalityRecord;
import org.jooq.Field;

/** {@code arrangement_localities.csv}: the localities an arrangement serves; the whole set is replaced per arrangement in the file. */
final class ArrangementLocalitiesFile implements EntityFile {
  private static final List<Field<?>> FIELDS = List.of(ARRANGEMENT_LOCALITY.ARRANGEMENT,
      ARRANGEMENT_LOCALITY.LOCALITY, ARRANGEMENT_LOCALITY.IMPORT_BATCH);

  private final Catalogue catalogue;
  private final Keys keys = new Keys("arrangement");
  private final Set<String> arrangements = new HashSet<>();

  ArrangementLocalitiesFile(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void check(Row row) {
    ArrangementLocalityRecord served = values(row);
    keys.add(row, served.getArrangement(), served.getLocality());
    if (served.getArrangement() != null) {
      arrangements.add(served.getArrangement());
    }
  }

  private ArrangementLocalityRecord values(Row row) {
    ArrangementLocalityRecord served = new ArrangementLocalityRecord();
    served.setArrangement(row.requiredCode("arrangement", catalogue.arrangementCodes(), "arrangement"));
    served.setLocality(row.requiredCode("locality", catalogue.localities(), "locality"));
    return served;
  }

  @Override
  public String write(WriteContext out) {
    out.repository.deleteWhereIn(out.trx, ARRANGEMENT_LOCALITY, ARRANGEMENT_LOCALITY.ARRANGEMENT, arrangements);
    long rows = out.insert(ARRANGEMENT_LOCALITY, FIELDS, this::values);
    return "localities of " + arrangements.size() + " arrangement(s) replaced: " + rows + " rows "
        + Values.sorted(arrangements);
  }
}
