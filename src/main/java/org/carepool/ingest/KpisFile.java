package org.carepool.ingest;

import static org.carepool.db.generated.Tables.KPI;

import java.util.List;
import java.util.Set;
import org.carepool.db.generated.tables.records.KpiRecord;
import org.jooq.Field;

/** {@code kpis.csv}: imported indicators; inserted or updated by code. The derived (built-in) codes cannot be redefined. */
final class KpisFile implements EntityFile {
  static final Set<String> BETTER = Set.of("HIGHER", "LOWER");
  private static final List<Field<?>> FIELDS = List.of(KPI.CODE, KPI.NAME, KPI.UNIT, KPI.BETTER, KPI.DERIVED,
      KPI.IMPORT_BATCH);

  private final Catalogue catalogue;
  private final Keys keys = new Keys("code");

  KpisFile(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void check(Row row) {
    String code = values(row).getCode();
    keys.add(row, code);
    if (code != null && catalogue.isDerivedKpi(code)) {
      row.problem("code", code, "'" + code + "' is a derived (built-in) KPI and cannot be redefined");
    } else if (code != null) {
      catalogue.kpi(code, false);
    }
  }

  private KpiRecord values(Row row) {
    KpiRecord kpi = new KpiRecord();
    kpi.setCode(row.required("code", 40));
    kpi.setName(row.required("name", Row.NAME));
    kpi.setUnit(row.required("unit", 40));
    kpi.setBetter(row.oneOf("better", BETTER));
    kpi.setDerived(false);
    return kpi;
  }

  @Override
  public String write(WriteContext out) {
    return out.upsert(KPI, FIELDS, 1, this::values);
  }
}
