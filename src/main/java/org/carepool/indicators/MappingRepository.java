package org.carepool.indicators;

import static org.carepool.db.generated.Tables.ACTIVITY_BED_SUMMARY;
import static org.carepool.db.generated.Tables.ACTIVITY_MONTH;
import static org.carepool.db.generated.Tables.ACTIVITY_PRACTICE_SUMMARY;
import static org.carepool.db.generated.Tables.ACTIVITY_SUMMARY;
import static org.carepool.db.generated.Tables.ARRANGEMENT;
import static org.carepool.db.generated.Tables.ARRANGEMENT_LOCALITY;
import static org.carepool.db.generated.Tables.LOCALITY;
import static org.carepool.db.generated.Tables.POPULATION;
import static org.carepool.db.generated.Tables.POPULATION_SUMMARY;
import static org.carepool.db.generated.Tables.PRACTICE;
import static org.carepool.indicators.IndicatorsRepository.in;
import static org.carepool.indicators.IndicatorsRepository.toDate;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.carepool.finance.FinancialYear;
import org.jooq.DSLContext;

/** The jOOQ queries behind a board's spend mapping: summaries and population, grouped small. */
final class MappingRepository {
  private final DSLContext dsl;

  MappingRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** Cost of one locality × age band × sex × setting. */
  record CostCell(String locality, String ageBand, String sex, String setting, BigDecimal cost) {}

  /** People of one locality × age band × sex. */
  record PopulationCell(String locality, String ageBand, String sex, BigDecimal people) {}

  record PracticeFigures(String practice, String name, String locality, BigDecimal people, BigDecimal cost) {}

  record BedCell(String site, String specialty, long episodes, long bedDays) {}

  /** The union of the board's arrangements' localities; empty (= every locality) when one lists none. */
  List<String> localities(String board) {
    var listed = dsl.select(ARRANGEMENT.CODE, ARRANGEMENT_LOCALITY.LOCALITY).from(ARRANGEMENT)
        .leftJoin(ARRANGEMENT_LOCALITY).on(ARRANGEMENT_LOCALITY.ARRANGEMENT.eq(ARRANGEMENT.CODE))
        .where(ARRANGEMENT.BOARD.eq(board)).fetch();
    if (listed.isEmpty() || listed.stream().anyMatch(r -> r.value2() == null)) {
      return List.of();
    }
    return List.copyOf(new TreeSet<>(listed.getValues(ARRANGEMENT_LOCALITY.LOCALITY)));
  }

  /** Batches of the board's arrangements' locality lists. */
  List<Long> arrangementLocalityBatches(String board) {
    return dsl.selectDistinct(ARRANGEMENT_LOCALITY.IMPORT_BATCH).from(ARRANGEMENT_LOCALITY).join(ARRANGEMENT)
        .on(ARRANGEMENT.CODE.eq(ARRANGEMENT_LOCALITY.ARRANGEMENT)).where(ARRANGEMENT.BOARD.eq(board))
        .fetch(ARRANGEMENT_LOCALITY.IMPORT_BATCH);
  }

  Map<String, String> localityNames() {
    return dsl.select(LOCALITY.CODE, LOCALITY.NAME).from(LOCALITY).fetchMap(LOCALITY.CODE, LOCALITY.NAME);
  }

  List<YearMonth> months(FinancialYear year, YearMonth upTo) {
    return dsl.select(ACTIVITY_MONTH.MONTH).from(ACTIVITY_MONTH).where(toDate(ACTIVITY_MONTH.MONTH, year, upTo))
        .orderBy(ACTIVITY_MONTH.MONTH).fetch(r -> YearMonth.from(r.value1()));
  }

  List<CostCell> costs(List<String> localities, FinancialYear year, YearMonth upTo) {
    var s = ACTIVITY_SUMMARY;
    return dsl.select(s.LOCALITY, s.AGE_BAND, s.SEX, s.SETTING, sum(s.COST)).from(s)
        .where(in(s.LOCALITY, localities), toDate(s.MONTH, year, upTo))
        .groupBy(s.LOCALITY, s.AGE_BAND, s.SEX, s.SETTING)
        .fetch(r -> new CostCell(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
  }

  List<PopulationCell> population(List<String> localities, FinancialYear year) {
    var p = POPULATION_SUMMARY;
    return dsl.select(p.LOCALITY, p.AGE_BAND, p.SEX, sum(p.PERSON_COUNT)).from(p)
        .where(p.POPULATION_YEAR.eq(year.startYear()), in(p.LOCALITY, localities))
        .groupBy(p.LOCALITY, p.AGE_BAND, p.SEX)
        .fetch(r -> new PopulationCell(r.value1(), r.value2(), r.value3(), r.value4()));
  }

  /**
   * Every practice of the localities with its population and cost (zero when it has none), by code.
   * Three small grouped reads joined here: as one statement Derby re-ran the grouped derived tables
   * for every practice, so the time grew with practices × population rows.
   */
  List<PracticeFigures> practices(List<String> localities, FinancialYear year, YearMonth upTo) {
    Map<String, BigDecimal> people = dsl.select(POPULATION.PRACTICE, sum(POPULATION.PERSON_COUNT)).from(POPULATION)
        .where(POPULATION.POPULATION_YEAR.eq(year.startYear())).groupBy(POPULATION.PRACTICE)
        .fetchMap(r -> r.value1(), r -> r.value2());
    var s = ACTIVITY_PRACTICE_SUMMARY;
    Map<String, BigDecimal> cost = dsl.select(s.PRACTICE, sum(s.COST)).from(s)
        .where(in(s.LOCALITY, localities), toDate(s.MONTH, year, upTo)).groupBy(s.PRACTICE)
        .fetchMap(r -> r.value1(), r -> r.value2());
    return dsl.select(PRACTICE.CODE, PRACTICE.NAME, PRACTICE.LOCALITY).from(PRACTICE)
        .where(in(PRACTICE.LOCALITY, localities)).orderBy(PRACTICE.CODE)
        .fetch(r -> new PracticeFigures(r.value1(), r.value2(), r.value3(), orZero(people.get(r.value1())),
            orZero(cost.get(r.value1()))));
  }

  List<BedCell> beds(List<String> localities, FinancialYear year, YearMonth upTo) {
    var b = ACTIVITY_BED_SUMMARY;
    return dsl.select(b.SITE, b.SPECIALTY, sum(b.EPISODES), sum(b.BED_DAYS)).from(b)
        .where(in(b.LOCALITY, localities), toDate(b.MONTH, year, upTo))
        .groupBy(b.SITE, b.SPECIALTY).orderBy(b.SITE, b.SPECIALTY)
        .fetch(r -> new BedCell(r.value1(), r.value2(), r.value3().longValue(), r.value4().longValue()));
  }

  private static BigDecimal orZero(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }
}
