package org.carepool.ingest;

import static org.carepool.db.generated.Tables.POPULATION;
import static org.carepool.db.generated.Tables.PRACTICE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carepool.db.generated.tables.records.PracticeRecord;
import org.jooq.Field;

/**
 * {@code practices.csv}: GP practices and their locality; inserted or updated by code. The
 * population and activity summaries sum by locality, so when a practice moves to another locality
 * they are rebuilt, in the same transaction, under the localities the practices now have.
 */
final class PracticesFile implements EntityFile {
  private static final List<Field<?>> FIELDS =
      List.of(PRACTICE.CODE, PRACTICE.NAME, PRACTICE.LOCALITY, PRACTICE.IMPORT_BATCH);

  private final Catalogue catalogue;
  private final Keys keys = new Keys("code");
  private final Map<String, String> localities = new LinkedHashMap<>();

  PracticesFile(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void check(Row row) {
    PracticeRecord practice = values(row);
    keys.add(row, practice.getCode());
    if (practice.getCode() != null) {
      catalogue.practice(practice.getCode(), practice.getLocality());
      localities.put(practice.getCode(), practice.getLocality());
    }
  }

  private PracticeRecord values(Row row) {
    PracticeRecord practice = new PracticeRecord();
    practice.setCode(row.required("code", Row.CODE));
    practice.setName(row.required("name", Row.NAME));
    practice.setLocality(row.requiredCode("locality", catalogue.localities(), "locality"));
    return practice;
  }

  @Override
  public String write(WriteContext out) {
    Map<String, String> before = out.trx.select(PRACTICE.CODE, PRACTICE.LOCALITY).from(PRACTICE)
        .fetchMap(PRACTICE.CODE, PRACTICE.LOCALITY);
    String outcome = out.upsert(PRACTICE, FIELDS, 1, this::values);
    List<String> moved = new ArrayList<>();
    localities.forEach((practice, locality) -> {
      String was = before.get(practice);
      if (was != null && !was.equals(locality)) {
        moved.add(practice + " " + was + " → " + locality);
      }
    });
    if (moved.isEmpty()) {
      return outcome;
    }
    PopulationSummary.rebuild(out.trx, out.repository,
        out.trx.selectDistinct(POPULATION.POPULATION_YEAR).from(POPULATION).fetch(POPULATION.POPULATION_YEAR));
    ActivitySummaries.rebuildAll(out.trx, out.bulk(), catalogue.practiceLocalities());
    return outcome + "; " + moved.size() + " practice(s) moved locality (" + String.join(", ", moved)
        + "): population and activity summaries rebuilt under the new localities";
  }
}
