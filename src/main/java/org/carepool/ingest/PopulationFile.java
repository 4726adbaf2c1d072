package org.carepool.ingest;

import static org.carepool.db.generated.Tables.POPULATION;

import java.util.List;
import org.carepool.db.generated.tables.records.PopulationRecord;
import org.jooq.Field;

/** {@code population.csv}: people by practice, mid-year, age band and sex; upserted by key. */
final class PopulationFile implements EntityFile {
  private static final List<Field<?>> FIELDS = List.of(POPULATION.PRACTICE, POPULATION.POPULATION_YEAR, POPULATION.AGE_BAND,
      POPULATION.SEX, POPULATION.PERSON_COUNT, POPULATION.IMPORT_BATCH);

  private final Catalogue catalogue;
  private final Keys keys = new Keys("practice");

  PopulationFile(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void check(Row row) {
    PopulationRecord p = values(row);
    keys.add(row, p.getPractice(), p.getPopulationYear(), p.getAgeBand(), p.getSex());
  }

  private PopulationRecord values(Row row) {
    PopulationRecord p = new PopulationRecord();
    p.setPractice(row.requiredCode("practice", catalogue.practices(), "practice"));
    p.setPopulationYear(row.year("year"));
    p.setAgeBand(row.oneOf("age_band", Values.AGE_BANDS));
    p.setSex(row.oneOf("sex", Values.SEXES));
    p.setPersonCount(row.integer("count", 0, Integer.MAX_VALUE));
    return p;
  }

  @Override
  public String write(WriteContext out) {
    String outcome = out.replaceKeys(POPULATION, FIELDS, keys.all(), this::values);
    PopulationSummary.rebuild(out.trx, out.repository,
        keys.all().stream().map(key -> (Integer) key.get(1)).collect(java.util.stream.Collectors.toSet()));
    return outcome;
  }
}
