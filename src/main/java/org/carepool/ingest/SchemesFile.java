package org.carepool.ingest;

import static org.carepool.db.generated.Tables.SCHEME;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carepool.db.generated.tables.records.SchemeRecord;
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
  /** Each clean row's risk class, by {@link Catalogue#schemeKey}, when the file has the column. */
  private final Map<String, String> classes = new LinkedHashMap<>();
  private boolean classGiven;

  SchemesFile(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void check(Row row) {
    classGiven = row.has(RISK_CLASS);
    SchemeRecord scheme = values(row);
    keys.add(row, scheme.getArrangement(), scheme.getCode());
    String arrangement = row.text("arrangement");
    if (arrangement != null && scheme.getCode() != null) {
      catalogue.scheme(arrangement, scheme.getCode());
      if (classGiven && row.isClean()) {
        classes.put(Catalogue.schemeKey(arrangement, scheme.getCode()), scheme.getRiskClass());
      }
    }
  }

  /** The row as a scheme; its risk class only when the file has the column (else the store's is kept). */
  private SchemeRecord values(Row row) {
    SchemeRecord scheme = new SchemeRecord();
    scheme.setArrangement(row.requiredCode("arrangement", catalogue.arrangementCodes(), "arrangement"));
    scheme.setCode(row.required("code", Row.CODE));
    scheme.setName(row.required("name", Row.NAME));
    scheme.setCareType(row.oneOf("care_type", Values.CARE_TYPES));
    scheme.setFunder(row.requiredCode("funder", catalogue.organisations(), "organisation"));
    if (row.has(RISK_CLASS)) {
      scheme.setRiskClass(row.text(RISK_CLASS) == null ? VARIABLE : row.oneOf(RISK_CLASS, RISK_CLASSES));
    }
    return scheme;
  }

  /** The outcome, naming every stored scheme whose risk class the file changes: that moves money between partners. */
  @Override
  public String write(WriteContext out) {
    List<String> changed = new ArrayList<>();
    if (classGiven) {
      out.trx.select(SCHEME.ARRANGEMENT, SCHEME.CODE, SCHEME.RISK_CLASS).from(SCHEME).forEach(r -> {
        String now = classes.get(Catalogue.schemeKey(r.value1(), r.value2()));
        if (now != null && !now.equals(r.value3())) {
          changed.add(r.value1() + "/" + r.value2() + " risk_class " + r.value3() + " → " + now);
        }
      });
    }
    String outcome = out.upsert(SCHEME, classGiven ? FIELDS_WITH_CLASS : FIELDS, 2, this::values);
    return changed.isEmpty() ? outcome : outcome + "; changed: " + String.join(", ", Values.sorted(changed));
  }
}
