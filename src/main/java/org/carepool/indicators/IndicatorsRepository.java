package org.carepool.indicators;

import static org.carepool.db.generated.Tables.ACTIVITY_MONTH;
import static org.carepool.db.generated.Tables.ARRANGEMENT;
import static org.carepool.db.generated.Tables.ARRANGEMENT_KPI;
import static org.carepool.db.generated.Tables.ARRANGEMENT_LOCALITY;
import static org.carepool.db.generated.Tables.BOARD;
import static org.carepool.db.generated.Tables.KPI;
import static org.carepool.db.generated.Tables.KPI_ACTIVITY_SUMMARY;
import static org.carepool.db.generated.Tables.KPI_ACTUAL;
import static org.carepool.db.generated.Tables.KPI_BENCHMARK;
import static org.carepool.db.generated.Tables.KPI_TARGET;
import static org.carepool.db.generated.Tables.LOCALITY;
import static org.carepool.db.generated.Tables.ORGANISATION;
import static org.carepool.db.generated.Tables.POPULATION_SUMMARY;
import static org.carepool.db.generated.Tables.PRACTICE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import org.carepool.db.ImportBatches;
import org.carepool.finance.FinancialYear;
import org.carepool.indicators.Performance.ArrangementInfo;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;

/** The jOOQ queries behind an arrangement's performance: KPIs, targets, actuals and the KPI activity summary. */
final class IndicatorsRepository {
  private final DSLContext dsl;

  IndicatorsRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  record Kpi(String code, String name, String unit, Rating.Better better, boolean derived) {}

  record Actual(String kpi, YearMonth month, BigDecimal value) {}

  /** People for a financial year, from the mid-year estimate of {@code estimateYear}. */
  record PopulationTotals(BigDecimal all, BigDecimal aged65, int estimateYear) {}

  Optional<ArrangementInfo> arrangement(String code) {
    var host = ORGANISATION.as("host_org");
    return dsl.select(ARRANGEMENT.CODE, ARRANGEMENT.NAME, BOARD.NAME, ARRANGEMENT.MODEL, host.NAME,
            ARRANGEMENT.LEGAL_BASIS)
        .from(ARRANGEMENT).join(BOARD).on(BOARD.CODE.eq(ARRANGEMENT.BOARD))
        .leftJoin(host).on(host.CODE.eq(ARRANGEMENT.HOST))
        .where(ARRANGEMENT.CODE.eq(code))
        .fetchOptional(r -> new ArrangementInfo(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
            r.value6()));
  }

  /** The localities the arrangement lists; empty when it lists none (it then serves every locality). */
  List<String> localities(String arrangement) {
    return dsl.select(ARRANGEMENT_LOCALITY.LOCALITY).from(ARRANGEMENT_LOCALITY)
        .where(ARRANGEMENT_LOCALITY.ARRANGEMENT.eq(arrangement))
        .orderBy(ARRANGEMENT_LOCALITY.LOCALITY).fetch(ARRANGEMENT_LOCALITY.LOCALITY);
  }

  /** The names of the localities, in the order of their codes; "every locality" when none is listed. */
  List<String> localityNames(List<String> codes) {
    if (codes.isEmpty()) {
      return List.of();
    }
    Map<String, String> names = dsl.select(LOCALITY.CODE, LOCALITY.NAME).from(LOCALITY).where(LOCALITY.CODE.in(codes))
        .fetchMap(LOCALITY.CODE, LOCALITY.NAME);
    return codes.stream().map(c -> names.getOrDefault(c, c)).toList();
  }

  /** The months of the year up to {@code asAt} that have activity loaded, April first. */
  List<YearMonth> activityMonths(FinancialYear year, YearMonth asAt) {
    return dsl.select(ACTIVITY_MONTH.MONTH).from(ACTIVITY_MONTH).where(toDate(ACTIVITY_MONTH.MONTH, year, asAt))
        .orderBy(ACTIVITY_MONTH.MONTH).fetch(r -> YearMonth.from(r.value1()));
  }

  /**
   * The KPIs the arrangement is rated on, derived first, then by code: those {@code arrangement_kpis.csv}
   * lists for it; when it lists none, every KPI that is derived or has a target or actual for it.
   */
  List<Kpi> kpis(String arrangement) {
    var listed = dsl.select(ARRANGEMENT_KPI.KPI).from(ARRANGEMENT_KPI).where(ARRANGEMENT_KPI.ARRANGEMENT.eq(arrangement));
    Condition rated = dsl.fetchExists(listed) ? KPI.CODE.in(listed) : KPI.DERIVED.isTrue()
        .or(KPI.CODE.in(dsl.select(KPI_TARGET.KPI).from(KPI_TARGET).where(KPI_TARGET.ARRANGEMENT.eq(arrangement))))
        .or(KPI.CODE.in(dsl.select(KPI_ACTUAL.KPI).from(KPI_ACTUAL).where(KPI_ACTUAL.ARRANGEMENT.eq(arrangement))));
    return dsl.select(KPI.CODE, KPI.NAME, KPI.UNIT, KPI.BETTER, KPI.DERIVED).from(KPI).where(rated)
        .orderBy(KPI.DERIVED.desc(), KPI.CODE)
        .fetch(r -> new Kpi(r.value1(), r.value2(), r.value3(), Rating.Better.valueOf(r.value4()), r.value5()));
  }

  /** Each KPI's benchmarks for the year, by label. */
  Map<String, List<KpiFigure.Benchmark>> benchmarks(FinancialYear year) {
    return dsl.select(KPI_BENCHMARK.KPI, KPI_BENCHMARK.LABEL, KPI_BENCHMARK.BENCHMARK_VALUE).from(KPI_BENCHMARK)
        .where(KPI_BENCHMARK.FINANCIAL_YEAR.eq(year.startYear())).orderBy(KPI_BENCHMARK.KPI, KPI_BENCHMARK.LABEL)
        .fetchGroups(KPI_BENCHMARK.KPI, r -> new KpiFigure.Benchmark(r.value2(), r.value3()));
  }

  Map<String, BigDecimal> targets(String arrangement, FinancialYear year) {
    return dsl.select(KPI_TARGET.KPI, KPI_TARGET.TARGET).from(KPI_TARGET)
        .where(KPI_TARGET.ARRANGEMENT.eq(arrangement), KPI_TARGET.FINANCIAL_YEAR.eq(year.startYear()))
        .fetchMap(KPI_TARGET.KPI, KPI_TARGET.TARGET);
  }

  List<Actual> actuals(String arrangement, FinancialYear year, YearMonth asAt) {
    return dsl.select(KPI_ACTUAL.KPI, KPI_ACTUAL.MONTH, KPI_ACTUAL.ACTUAL_VALUE).from(KPI_ACTUAL)
        .where(KPI_ACTUAL.ARRANGEMENT.eq(arrangement), toDate(KPI_ACTUAL.MONTH, year, asAt))
        .fetch(r -> new Actual(r.value1(), YearMonth.from(r.value2()), r.value3()));
  }

  /**
   * The derived KPIs' counts of each month of the year up to {@code asAt}, from the KPI activity summary
   * (schema V7), whose size does not grow with the number of practices or patients.
   */
  Map<YearMonth, DerivedKpis.Counts> monthCounts(List<String> localities, FinancialYear year, YearMonth asAt) {
    var s = KPI_ACTIVITY_SUMMARY;
    Condition aged65 = s.AGE_GROUP.in("65_74", "75_PLUS");
    Condition aged75 = s.AGE_GROUP.eq("75_PLUS");
    Condition nel = s.NON_ELECTIVE.isTrue();
    return dsl.select(s.MONTH, sumIf(nel, s.EPISODES.cast(Long.class)), sumIf(nel.and(aged65), s.BED_DAYS),
            sumIf(s.CARE_HOME.isTrue().and(aged65), s.EPISODES.cast(Long.class)), sumIf(aged75, s.COST),
            sumIf(aged75.and(s.INSTITUTIONAL.isTrue()), s.COST))
        .from(s).where(in(s.LOCALITY, localities), toDate(s.MONTH, year, asAt)).groupBy(s.MONTH)
        .fetchMap(r -> YearMonth.from(r.value1()), r -> new DerivedKpis.Counts(r.value2().longValue(),
            r.value3().longValue(), r.value4().longValue(), r.value5(), r.value6()));
  }

  /**
   * The year's mid-year estimate of the localities; when none is loaded yet (it is published after
   * the year it applies to has begun), the latest earlier one, as a projection.
   */
  PopulationTotals population(List<String> localities, FinancialYear year) {
    var p = POPULATION_SUMMARY;
    Integer latest = dsl.select(max(p.POPULATION_YEAR)).from(p)
        .where(p.POPULATION_YEAR.le(year.startYear()), in(p.LOCALITY, localities)).fetchOne(0, Integer.class);
    int estimate = latest == null ? year.startYear() : latest;
    var r = dsl.select(sum(p.PERSON_COUNT), sum(when(p.AGE_BAND.in(CareSettings.BANDS_65_PLUS), p.PERSON_COUNT)
            .otherwise(0L)))
        .from(p).where(p.POPULATION_YEAR.eq(estimate), in(p.LOCALITY, localities)).fetchOne();
    return new PopulationTotals(orZero(r.value1()), orZero(r.value2()), estimate);
  }

  /**
   * Batches the performance rests on: activity months and population year, the arrangement's
   * localities, their practices and localities, the KPI definitions, targets and actuals.
   */
  SortedSet<Long> importBatches(String arrangement, List<String> localities, FinancialYear year, YearMonth asAt) {
    List<Select<Record1<Long>>> sources = new ArrayList<>(activityAndPopulationSources(year, asAt));
    sources.addAll(referenceSources(localities));
    sources.addAll(List.of(
        dsl.select(ARRANGEMENT.IMPORT_BATCH).from(ARRANGEMENT).where(ARRANGEMENT.CODE.eq(arrangement)),
        dsl.select(ARRANGEMENT_LOCALITY.IMPORT_BATCH).from(ARRANGEMENT_LOCALITY)
            .where(ARRANGEMENT_LOCALITY.ARRANGEMENT.eq(arrangement)),
        dsl.select(KPI_TARGET.IMPORT_BATCH).from(KPI_TARGET)
            .where(KPI_TARGET.ARRANGEMENT.eq(arrangement), KPI_TARGET.FINANCIAL_YEAR.eq(year.startYear())),
        dsl.select(KPI_ACTUAL.IMPORT_BATCH).from(KPI_ACTUAL)
            .where(KPI_ACTUAL.ARRANGEMENT.eq(arrangement), toDate(KPI_ACTUAL.MONTH, year, asAt)),
        dsl.select(ARRANGEMENT_KPI.IMPORT_BATCH).from(ARRANGEMENT_KPI).where(ARRANGEMENT_KPI.ARRANGEMENT.eq(arrangement)),
        dsl.select(KPI_BENCHMARK.IMPORT_BATCH).from(KPI_BENCHMARK)
            .where(KPI_BENCHMARK.FINANCIAL_YEAR.eq(year.startYear())),
        dsl.select(KPI.IMPORT_BATCH).from(KPI).where(KPI.IMPORT_BATCH.isNotNull(),
            KPI.CODE.in(dsl.select(KPI_ACTUAL.KPI).from(KPI_ACTUAL).where(KPI_ACTUAL.ARRANGEMENT.eq(arrangement)))
                .or(KPI.CODE.in(dsl.select(KPI_TARGET.KPI).from(KPI_TARGET).where(KPI_TARGET.ARRANGEMENT.eq(arrangement)))))));
    return ImportBatches.of(dsl, sources);
  }

  SortedSet<Long> activityAndPopulationBatches(FinancialYear year, YearMonth asAt) {
    return ImportBatches.of(dsl, activityAndPopulationSources(year, asAt));
  }

  private List<Select<Record1<Long>>> activityAndPopulationSources(FinancialYear year, YearMonth asAt) {
    return List.of(
        dsl.select(ACTIVITY_MONTH.IMPORT_BATCH).from(ACTIVITY_MONTH).where(toDate(ACTIVITY_MONTH.MONTH, year, asAt)),
        dsl.select(POPULATION_SUMMARY.IMPORT_BATCH).from(POPULATION_SUMMARY)
            .where(POPULATION_SUMMARY.POPULATION_YEAR.eq(year.startYear())));
  }

  /** Batches of the practices and localities (every one when the list is empty) that place activity and people. */
  SortedSet<Long> referenceBatches(List<String> localities) {
    return ImportBatches.of(dsl, referenceSources(localities));
  }

  private List<Select<Record1<Long>>> referenceSources(List<String> localities) {
    return List.of(
        dsl.select(PRACTICE.IMPORT_BATCH).from(PRACTICE).where(in(PRACTICE.LOCALITY, localities)),
        dsl.select(LOCALITY.IMPORT_BATCH).from(LOCALITY).where(in(LOCALITY.CODE, localities)));
  }

  /** Every locality when the list is empty, else those listed. */
  static Condition in(Field<String> locality, List<String> localities) {
    return localities.isEmpty() ? noCondition() : locality.in(localities);
  }

  static Condition toDate(Field<LocalDate> month, FinancialYear year, YearMonth asAt) {
    return month.between(year.firstMonth().atDay(1), asAt.atDay(1));
  }

  private static <T extends Number> Field<BigDecimal> sumIf(Condition condition, Field<T> value) {
    return coalesce(sum(when(condition, value).otherwise(inline(0).cast(value.getDataType()))), BigDecimal.ZERO);
  }

  private static BigDecimal orZero(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }
}
