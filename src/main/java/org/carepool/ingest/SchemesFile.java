package org.carepool.ingest;

import static org.carepool.db.generated.Tables.SCHEME;

import java.util.List;
import java.util.Set;
import org.jooq.Field;

/**
 * {@code schemes.csv}: lines of service of an arrangement, funded by an organisation; inserted or
 * updated by key. The optional {@code risk_class} (SPEC §4.2) is VARIABLE when empty. A file without
 * the column (the format before risk classes) leaves a stored scheme's class as it is, and a new
 * scheme gets the store's default, VARIABLE: reloading an old export must not silently put a
 * ring-fenced grant back into the shared pool.
 */
final class SchemesFile implements EntityFile {
  static final String RISK_CLASS = "risk_class";
  static final String VARIABLE = "VARIABLE";
  static final Set<String> RISK_CLASSES = Set.of(VARIABLE, "FIXED", "RING_FENCED");
  private static final List<Field<?>> FIELDS = List.of(SCHEME.ARRANGEMENT, SCHEME.CODE, SCHEME.NAME,
      SCHEME.CARE_TYPE, SCHEME.FUNDER, SCHEME.IMPORT_BATCH);
  private static final List<Field<?>> FIELDS_WITH_CLASS = List.of(SCHEME.ARRANGEMENT, SCHEME.CODE, SCHEME.NAME,
      SCHEME.CARE_TYPE, SCHEME.FUNDER, SCHEME.RISK_CLASS, SCHEME.IMPORT_BATCH);

  private final Catalogue catalogue;
  private final Keys keys = new Keys("arrangement");
  private boolean classGiven;

  SchemesFile(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void check(Row row) {
    classGiven = row.has(RISK_CLASS);
    Object[] values = values(row);
    keys.add(row, values[0], values[1]);
    String arrangement = row.text("arrangement");
    if (arrangement != null && values[1] != null) {
      catalogue.schemes.add(Catalogue.schemeKey(arrangement, (String) values[1]));
    }
  }

  private Object[] values(Row row) {
    Object arrangement = row.requiredCode("arrangement", catalogue.arrangementCodes, "arrangement");
    Object code = row.required("code", Row.CODE);
    Object name = row.required("name", Row.NAME);
    Object careType = row.oneOf("care_type", Values.CARE_TYPES);
    Object funder = row.requiredCode("funder", catalogue.organisations, "organisation");
    if (!row.has(RISK_CLASS)) {
      return new Object[] {arrangement, code, name, careType, funder, null};
    }
    String riskClass = row.text(RISK_CLASS) == null ? VARIABLE : row.oneOf(RISK_CLASS, RISK_CLASSES);
    return new Object[] {arrangement, code, name, careType, funder, riskClass, null};
  }

  @Override
  public String write(WriteContext out) {
    return out.upsert(SCHEME, classGiven ? FIELDS_WITH_CLASS : FIELDS, 2, this::values);
  }
}
