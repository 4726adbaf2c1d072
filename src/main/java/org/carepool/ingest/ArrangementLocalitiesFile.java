package org.carepool.ingest;

import static org.carepool.db.generated.Tables.ARRANGEMENT_LOCALITY;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
    Object[] values = values(row);
    keys.add(row, values[0], values[1]);
    if (values[0] != null) {
      arrangements.add((String) values[0]);
    }
  }

  private Object[] values(Row row) {
    return new Object[] {row.requiredCode("arrangement", catalogue.arrangementCodes, "arrangement"),
        row.requiredCode("locality", catalogue.localities, "locality"), null};
  }

  @Override
  public String write(WriteContext out) {
    out.repository.deleteWhereIn(out.trx, ARRANGEMENT_LOCALITY, ARRANGEMENT_LOCALITY.ARRANGEMENT, arrangements);
    long rows = out.insert(ARRANGEMENT_LOCALITY, FIELDS, this::values);
    return "localities of " + arrangements.size() + " arrangement(s) replaced: " + rows + " rows "
        + Values.sorted(arrangements);
  }
}
