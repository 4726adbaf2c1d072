package org.carepool.ingest;

import static org.carepool.db.generated.Tables.ARRANGEMENT_KPI;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.carepool.db.generated.tables.records.ArrangementKpiRecord;
import org.jooq.Field;

/**
 * {@code arrangement_kpis.csv}: the KPIs an arrangement is rated and reported on (none listed: every
 * KPI); the whole list is replaced per arrangement in the file, as localities are.
 */
final class ArrangementKpisFile implements EntityFile {
  private static final List<Field<?>> FIELDS = List.of(ARRANGEMENT_KPI.ARRANGEMENT, ARRANGEMENT_KPI.KPI,
      ARRANGEMENT_KPI.IMPORT_BATCH);

  private final Catalogue catalogue;
  private final Keys keys = new Keys("arrangement");
  private final Set<String> arrangements = new HashSet<>();

  ArrangementKpisFile(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void check(Row row) {
    ArrangementKpiRecord rated = values(row);
    keys.add(row, rated.getArrangement(), rated.getKpi());
    if (rated.getArrangement() != null) {
      arrangements.add(rated.getArrangement());
    }
  }

  private ArrangementKpiRecord values(Row row) {
    ArrangementKpiRecord rated = new ArrangementKpiRecord();
    rated.setArrangement(row.requiredCode("arrangement", catalogue.arrangementCodes(), "arrangement"));
    rated.setKpi(row.requiredCode("kpi", catalogue.kpis(), "KPI"));
    return rated;
  }

  @Override
  public String write(WriteContext out) {
    out.repository.deleteWhereIn(out.trx, ARRANGEMENT_KPI, ARRANGEMENT_KPI.ARRANGEMENT, arrangements);
    long rows = out.insert(ARRANGEMENT_KPI, FIELDS, this::values);
    return "KPIs of " + arrangements.size() + " arrangement(s) replaced: " + rows + " rows "
        + Values.sorted(arrangements);
  }
}
