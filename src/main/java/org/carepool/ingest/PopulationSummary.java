package org.carepool.ingest;

import static org.carepool.db.generated.Tables.POPULATION;
import static org.carepool.db.generated.Tables.POPULATION_SUMMARY;
import static org.carepool.db.generated.Tables.PRACTICE;
import static org.jooq.impl.DSL.sum;

import java.util.Collection;
import org.jooq.DSLContext;

/** Rebuilds {@code population_summary} (schema V4) for the years a population load touched, in its transaction. */
final class PopulationSummary {

  private PopulationSummary() {
  }

  static void rebuild(DSLContext trx, ImportRepository repository, Collection<Integer> years) {
    if (years.isEmpty()) {
      return;
    }
    repository.deleteWhereIn(trx, POPULATION_SUMMARY, POPULATION_SUMMARY.POPULATION_YEAR, years);
    trx.insertInto(POPULATION_SUMMARY, POPULATION_SUMMARY.POPULATION_YEAR, POPULATION_SUMMARY.LOCALITY,
            POPULATION_SUMMARY.AGE_BAND, POPULATION_SUMMARY.SEX, POPULATION_SUMMARY.IMPORT_BATCH,
            POPULATION_SUMMARY.PERSON_COUNT)
        .select(trx.select(POPULATION.POPULATION_YEAR, PRACTICE.LOCALITY, POPULATION.AGE_BAND, POPULATION.SEX,
                POPULATION.IMPORT_BATCH, sum(POPULATION.PERSON_COUNT).cast(Long.class))
            .from(POPULATION).join(PRACTICE).on(PRACTICE.CODE.eq(POPULATION.PRACTICE))
            .where(POPULATION.POPULATION_YEAR.in(years))
            .groupBy(POPULATION.POPULATION_YEAR, PRACTICE.LOCALITY, POPULATION.AGE_BAND, POPULATION.SEX,
                POPULATION.IMPORT_BATCH))
        .execute();
  }
}
