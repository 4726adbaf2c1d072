package org.carepool.indicators;

import static org.carepool.db.generated.Tables.ACTIVITY;
import static org.carepool.db.generated.Tables.ACTIVITY_BED_SUMMARY;
import static org.carepool.db.generated.Tables.ACTIVITY_PRACTICE_SUMMARY;
import static org.carepool.db.generated.Tables.ACTIVITY_SUMMARY;
import static org.carepool.db.generated.Tables.KPI_ACTIVITY_SUMMARY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/** The import keeps the activity summaries equal to what raw activity rows add up to, across re-loads. */
class SummariesTest {

  @Test
  void summaries_equal_raw_row_aggregates_after_a_reload_that_replaces_a_month() {
    try (AreaStore store = new AreaStore()) {
      DSLContext dsl = store.db.dsl();
      assertSummariesMatchRaw(dsl);
      store.load("reload"); // replaces June 2025: R4, R5, R6 go; R3 changes; R10, R11 arrive
      assertEquals(3, dsl.fetchCount(ACTIVITY, ACTIVITY.MONTH.eq(java.time.LocalDate.parse("2025-06-01"))));
      assertSummariesMatchRaw(dsl);
    }
  }

  @Test
  void the_v7_backfill_of_an_existing_store_equals_what_the_import_builds() throws java.io.IOException {
    try (AreaStore store = new AreaStore()) {
      DSLContext dsl = store.db.dsl();
      String built = "select * from kpi_activity_summary order by 1, 2, 3, 4, 5, 6";
      List<List<String>> expected = rows(dsl, built);
      assertEquals(false, expected.isEmpty(), "the fixture's activity fills the summary");
      String v7;
      try (var in = SummariesTest.class.getResourceAsStream("/db/migration/common/V7__kpi_activity_summary.sql")) {
        v7 = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      }
      String backfill = v7.substring(v7.indexOf("INSERT INTO kpi_activity_summary"), v7.lastIndexOf(';'));
      dsl.deleteFrom(KPI_ACTIVITY_SUMMARY).execute();
      dsl.execute(backfill);
      assertEquals(expected, rows(dsl, built));
    }
  }

  @Test
  void ages_65_and_75_open_their_bands_and_64_and_74_close_the_ones_before() {
    try (AreaStore store = new AreaStore()) {
      List<String> bands = store.db.dsl().select(ACTIVITY_SUMMARY.AGE_BAND).from(ACTIVITY_SUMMARY)
          .where(ACTIVITY_SUMMARY.MONTH.in(java.time.LocalDate.parse("2025-04-01"),
              java.time.LocalDate.parse("2025-05-01")), ACTIVITY_SUMMARY.LOCALITY.eq("L1"))
          .orderBy(ACTIVITY_SUMMARY.MONTH).fetch(ACTIVITY_SUMMARY.AGE_BAND);
      assertEquals(List.of("60-64", "65-69"), bands); // R1 aged 64, R2 aged 65
      List<String> june = store.db.dsl().selectDistinct(ACTIVITY_SUMMARY.AGE_BAND).from(ACTIVITY_SUMMARY)
          .where(ACTIVITY_SUMMARY.MONTH.eq(java.time.LocalDate.parse("2025-06-01")))
          .orderBy(ACTIVITY_SUMMARY.AGE_BAND).fetch(ACTIVITY_SUMMARY.AGE_BAND);
      assertEquals(List.of("70-74", "75-79"), june); // R3, R6 aged 74; R4, R5 aged 75
    }
  }

  @Test
  void the_population_summary_equals_the_practice_rows_by_locality() {
    try (AreaStore store = new AreaStore()) {
      DSLContext dsl = store.db.dsl();
      assertEquals(rows(dsl, "select p.population_year, r.locality, p.age_band, p.sex, sum(cast(p.person_count as "
              + "bigint)) from population p join practice r on r.code = p.practice group by p.population_year, "
              + "r.locality, p.age_band, p.sex order by 1, 2, 3, 4"),
          rows(dsl, "select population_year, locality, age_band, sex, sum(person_count) from population_summary "
              + "group by population_year, locality, age_band, sex order by 1, 2, 3, 4"));
    }
  }

  @Test
  void a_practice_moving_locality_rebuilds_every_summary_under_the_live_locality() throws java.io.IOException {
    try (AreaStore store = new AreaStore()) {
      DSLContext dsl = store.db.dsl();
      java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("move");
      java.nio.file.Files.writeString(dir.resolve("practices.csv"),
          "code,name,locality\nP1,North Practice,L1\nP2,South Practice,L1\n");
      try {
        store.importer.load(List.of(dir.resolve("practices.csv")), "tester",
            org.carepool.ingest.ImportProgress.none());
      } finally {
        java.nio.file.Files.walk(dir).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }

      assertEquals(List.of(List.of("L1")), rows(dsl, "select distinct locality from activity_summary"));
      assertEquals(rows(dsl, "select p.population_year, r.locality, sum(cast(p.person_count as bigint)) from "
              + "population p join practice r on r.code = p.practice group by p.population_year, r.locality order by 1, 2"),
          rows(dsl, "select population_year, locality, sum(person_count) from population_summary "
              + "group by population_year, locality order by 1, 2"));
      assertEquals(rows(dsl, "select a.month, p.locality, count(*), sum(cast(a.bed_days as bigint)), sum(a.cost) "
              + "from activity a join practice p on p.code = a.practice group by a.month, p.locality order by 1, 2"),
          rows(dsl, "select month, locality, sum(episodes), sum(bed_days), sum(cost) from kpi_activity_summary "
              + "group by month, locality order by 1, 2"));
      assertEquals(rows(dsl, "select a.month, p.locality, count(*) from activity a join practice p on p.code = "
              + "a.practice where a.site is not null group by a.month, p.locality order by 1, 2"),
          rows(dsl, "select month, locality, sum(episodes) from activity_bed_summary group by month, locality "
              + "order by 1, 2"));
      assertEquals(rows(dsl, "select month, practice, 'L1' from activity group by month, practice order by 1, 2"),
          rows(dsl, "select month, practice, locality from activity_practice_summary order by 1, 2"));
    }
  }

  private static List<List<String>> rows(DSLContext dsl, String sql) {
    return dsl.fetch(sql).stream().map(r -> java.util.Arrays.stream(r.intoArray()).map(String::valueOf).toList())
        .toList();
  }

  private static void assertSummariesMatchRaw(DSLContext dsl) {
    assertEquals(rows(dsl, "select month, sum(episodes), sum(bed_days), sum(cost) from activity_summary "
            + "group by month order by month"),
        rows(dsl, "select month, count(*), sum(cast(bed_days as bigint)), sum(cost) from activity "
            + "group by month order by month"));
    assertEquals(rows(dsl, "select month, practice, episodes, cost from activity_practice_summary "
            + "order by month, practice"),
        rows(dsl, "select month, practice, count(*), sum(cost) from activity group by month, practice "
            + "order by month, practice"));
    assertEquals(rows(dsl, "select month, site, specialty, sum(episodes), sum(bed_days) from activity_bed_summary "
            + "group by month, site, specialty order by month, site, specialty"),
        rows(dsl, "select month, site, coalesce(specialty, '-') as sp, count(*), sum(cast(bed_days as bigint)) "
            + "from activity where site is not null group by month, site, coalesce(specialty, '-') "
            + "order by month, site, 3"));
    assertEquals(rows(dsl, "select month, age_band, sex, setting, admission_type, episodes from activity_summary "
            + "where locality = 'L2' order by 1, 2, 3, 4, 5"),
        rows(dsl, "select month, case when age >= 85 then '85+' when age >= 65 then '65-69' else '20-24' end, sex, "
            + "setting, admission_type, count(*) from activity where practice = 'P2' group by month, "
            + "case when age >= 85 then '85+' when age >= 65 then '65-69' else '20-24' end, sex, setting, "
            + "admission_type order by 1, 2, 3, 4, 5"));
    assertEquals(rows(dsl, "select month, locality, age_group, non_elective, care_home, institutional, episodes, "
            + "bed_days, cost from kpi_activity_summary order by 1, 2, 3, 4, 5, 6"),
        rows(dsl, "select month, locality, age_group, non_elective, care_home, institutional, count(*), "
            + "sum(cast(bed_days as bigint)), sum(cost) from (select a.month, p.locality, case when a.age >= 75 "
            + "then '75_PLUS' when a.age >= 65 then '65_74' else 'UNDER_65' end as age_group, "
            + "a.admission_type = 'NON_ELECTIVE' as non_elective, a.setting = 'CARE_HOME' as care_home, "
            + "a.setting in ('ACUTE', 'COMMUNITY_HOSPITAL', 'MENTAL_HEALTH_INPATIENT', 'CARE_HOME') as institutional, "
            + "a.bed_days, a.cost from activity a join practice p on p.code = a.practice) r "
            + "group by month, locality, age_group, non_elective, care_home, institutional order by 1, 2, 3, 4, 5, 6"));
    assertEquals(0, dsl.fetchCount(ACTIVITY_SUMMARY.where(ACTIVITY_SUMMARY.EPISODES.le(0))));
    assertEquals(0, dsl.fetchCount(KPI_ACTIVITY_SUMMARY.where(KPI_ACTIVITY_SUMMARY.EPISODES.le(0))));
    assertEquals(0, dsl.fetchCount(ACTIVITY_PRACTICE_SUMMARY.where(ACTIVITY_PRACTICE_SUMMARY.EPISODES.le(0))));
    assertEquals(0, dsl.fetchCount(ACTIVITY_BED_SUMMARY.where(ACTIVITY_BED_SUMMARY.EPISODES.le(0))));
  }
}
