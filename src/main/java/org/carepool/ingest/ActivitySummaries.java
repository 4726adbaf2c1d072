package org.carepool.ingest;

import static org.carepool.db.generated.Tables.ACTIVITY;
import static org.carepool.db.generated.Tables.ACTIVITY_BED_SUMMARY;
import static org.carepool.db.generated.Tables.ACTIVITY_PRACTICE_SUMMARY;
import static org.carepool.db.generated.Tables.ACTIVITY_SUMMARY;
import static org.carepool.db.generated.Tables.KPI_ACTIVITY_SUMMARY;
import static org.carepool.db.generated.Tables.PRACTICE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.carepool.vocabulary.CareType;
import org.jooq.CaseConditionStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Rebuilds the activity summaries (schema V4, V7) of the months a load replaced, set-based, in the
 * load's transaction: delete those months' summary rows, then insert … select … group by from
 * activity joined to its practice's locality. Activity has no index: each summary is one scan for all
 * the months together.
 */
final class ActivitySummaries {
  /** Lower bounds of the SPEC §3 age bands, 85+ last; 65 and 75 open bands 65-69 and 75-79. */
  private static final int[] BAND_LOWS = {85, 80, 75, 70, 65, 60, 55, 50, 45, 40, 35, 30, 25, 20, 15, 10, 5};
  /** SPEC §1: the settings in the institutional part of the balance of care (V7's backfill names the same). */
  private static final List<String> INSTITUTIONAL = CareType.institutionalCodes();

  private ActivitySummaries() {
  }

  static void rebuild(DSLContext trx, ImportRepository repository, Collection<LocalDate> months) {
    repository.deleteWhereIn(trx, ACTIVITY_SUMMARY, ACTIVITY_SUMMARY.MONTH, months);
    repository.deleteWhereIn(trx, ACTIVITY_PRACTICE_SUMMARY, ACTIVITY_PRACTICE_SUMMARY.MONTH, months);
    repository.deleteWhereIn(trx, ACTIVITY_BED_SUMMARY, ACTIVITY_BED_SUMMARY.MONTH, months);
    repository.deleteWhereIn(trx, KPI_ACTIVITY_SUMMARY, KPI_ACTIVITY_SUMMARY.MONTH, months);
    if (!months.isEmpty()) {
      byPersonGroup(trx, months);
      byKpiGroup(trx, months);
      byPractice(trx, months);
      byBed(trx, months);
    }
  }

  /** The SPEC §3 band of an age: {@code '65-69'} for 65 to 69, {@code '85+'} from 85. */
  static Field<String> ageBand(Field<Short> age) {
    CaseConditionStep<String> band = null;
    for (int low : BAND_LOWS) {
      String label = low == 85 ? "85+" : low + "-" + (low + 4);
      band = band == null ? org.jooq.impl.DSL.when(age.ge(inline((short) low)), inline(label))
          : band.when(age.ge(inline((short) low)), inline(label));
    }
    return band.otherwise(inline("0-4"));
  }

  private static void byPersonGroup(DSLContext trx, Collection<LocalDate> months) {
    Table<?> rows = trx.select(ACTIVITY.MONTH, PRACTICE.LOCALITY, ageBand(ACTIVITY.AGE).as("age_band"),
            ACTIVITY.SEX, ACTIVITY.SETTING, ACTIVITY.ADMISSION_TYPE, ACTIVITY.BED_DAYS, ACTIVITY.COST)
        .from(ACTIVITY).join(PRACTICE).on(PRACTICE.CODE.eq(ACTIVITY.PRACTICE))
        .where(ACTIVITY.MONTH.in(months)).asTable("r");
    Field<LocalDate> m = rows.field(ACTIVITY.MONTH);
    Field<String> locality = rows.field(PRACTICE.LOCALITY);
    Field<String> band = field(name("r", "age_band"), String.class);
    Field<String> sex = rows.field(ACTIVITY.SEX);
    Field<String> setting = rows.field(ACTIVITY.SETTING);
    Field<String> admission = rows.field(ACTIVITY.ADMISSION_TYPE);
    trx.insertInto(ACTIVITY_SUMMARY, ACTIVITY_SUMMARY.MONTH, ACTIVITY_SUMMARY.LOCALITY, ACTIVITY_SUMMARY.AGE_BAND,
            ACTIVITY_SUMMARY.SEX, ACTIVITY_SUMMARY.SETTING, ACTIVITY_SUMMARY.ADMISSION_TYPE, ACTIVITY_SUMMARY.EPISODES,
            ACTIVITY_SUMMARY.BED_DAYS, ACTIVITY_SUMMARY.COST)
        .select(trx.select(m, locality, band, sex, setting, admission, count(),
                sum(rows.field(ACTIVITY.BED_DAYS)).cast(Long.class), costSum(rows.field(ACTIVITY.COST)))
            .from(rows).groupBy(m, locality, band, sex, setting, admission))
        .execute();
  }

  /** The derived KPIs' grain (V7): 65 and 75 open their groups, as they open the 65-69 and 75-79 bands. */
  private static void byKpiGroup(DSLContext trx, Collection<LocalDate> months) {
    Table<?> rows = trx.select(ACTIVITY.MONTH, PRACTICE.LOCALITY,
            when(ACTIVITY.AGE.ge(inline((short) 75)), inline("75_PLUS"))
                .when(ACTIVITY.AGE.ge(inline((short) 65)), inline("65_74")).otherwise(inline("UNDER_65"))
                .as("age_group"),
            flag(ACTIVITY.ADMISSION_TYPE.eq(inline("NON_ELECTIVE"))).as("non_elective"),
            flag(ACTIVITY.SETTING.eq(inline("CARE_HOME"))).as("care_home"),
            flag(ACTIVITY.SETTING.in(INSTITUTIONAL.stream().map(DSL::inline).toList())).as("institutional"),
            ACTIVITY.BED_DAYS, ACTIVITY.COST)
        .from(ACTIVITY).join(PRACTICE).on(PRACTICE.CODE.eq(ACTIVITY.PRACTICE))
        .where(ACTIVITY.MONTH.in(months)).asTable("k");
    Field<LocalDate> m = rows.field(ACTIVITY.MONTH);
    Field<String> locality = rows.field(PRACTICE.LOCALITY);
    Field<String> group = field(name("k", "age_group"), String.class);
    Field<Boolean> nel = field(name("k", "non_elective"), Boolean.class);
    Field<Boolean> careHome = field(name("k", "care_home"), Boolean.class);
    Field<Boolean> institutional = field(name("k", "institutional"), Boolean.class);
    var s = KPI_ACTIVITY_SUMMARY;
    trx.insertInto(s, s.MONTH, s.LOCALITY, s.AGE_GROUP, s.NON_ELECTIVE, s.CARE_HOME, s.INSTITUTIONAL, s.EPISODES,
            s.BED_DAYS, s.COST)
        .select(trx.select(m, locality, group, nel, careHome, institutional, count(),
                sum(rows.field(ACTIVITY.BED_DAYS)).cast(Long.class), costSum(rows.field(ACTIVITY.COST)))
            .from(rows).groupBy(m, locality, group, nel, careHome, institutional))
        .execute();
  }

  private static Field<Boolean> flag(Condition condition) {
    return when(condition, inline(true)).otherwise(inline(false));
  }

  private static void byPractice(DSLContext trx, Collection<LocalDate> months) {
    trx.insertInto(ACTIVITY_PRACTICE_SUMMARY, ACTIVITY_PRACTICE_SUMMARY.MONTH, ACTIVITY_PRACTICE_SUMMARY.PRACTICE,
            ACTIVITY_PRACTICE_SUMMARY.LOCALITY, ACTIVITY_PRACTICE_SUMMARY.EPISODES, ACTIVITY_PRACTICE_SUMMARY.COST)
        .select(trx.select(ACTIVITY.MONTH, ACTIVITY.PRACTICE, PRACTICE.LOCALITY, count(), costSum(ACTIVITY.COST))
            .from(ACTIVITY).join(PRACTICE).on(PRACTICE.CODE.eq(ACTIVITY.PRACTICE))
            .where(ACTIVITY.MONTH.in(months))
            .groupBy(ACTIVITY.MONTH, ACTIVITY.PRACTICE, PRACTICE.LOCALITY))
        .execute();
  }

  private static void byBed(DSLContext trx, Collection<LocalDate> months) {
    Table<?> rows = trx.select(ACTIVITY.MONTH, PRACTICE.LOCALITY, ACTIVITY.SITE,
            coalesce(ACTIVITY.SPECIALTY, inline("-")).as("specialty"), ACTIVITY.BED_DAYS)
        .from(ACTIVITY).join(PRACTICE).on(PRACTICE.CODE.eq(ACTIVITY.PRACTICE))
        .where(ACTIVITY.MONTH.in(months), ACTIVITY.SITE.isNotNull()).asTable("b");
    Field<LocalDate> m = rows.field(ACTIVITY.MONTH);
    Field<String> locality = rows.field(PRACTICE.LOCALITY);
    Field<String> site = rows.field(ACTIVITY.SITE);
    Field<String> specialty = field(name("b", "specialty"), String.class);
    trx.insertInto(ACTIVITY_BED_SUMMARY, ACTIVITY_BED_SUMMARY.MONTH, ACTIVITY_BED_SUMMARY.LOCALITY,
            ACTIVITY_BED_SUMMARY.SITE, ACTIVITY_BED_SUMMARY.SPECIALTY, ACTIVITY_BED_SUMMARY.EPISODES,
            ACTIVITY_BED_SUMMARY.BED_DAYS)
        .select(trx.select(m, locality, site, specialty, count(), sum(rows.field(ACTIVITY.BED_DAYS)).cast(Long.class))
            .from(rows).groupBy(m, locality, site, specialty))
        .execute();
  }

  private static Field<BigDecimal> costSum(Field<BigDecimal> cost) {
    return sum(cost).cast(ACTIVITY_SUMMARY.COST.getDataType());
  }
}
