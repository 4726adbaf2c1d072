package org.carepool.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.carepool.db.Database;
import org.carepool.indicators.PerformanceService;
import org.carepool.ingest.ImportProgress;
import org.carepool.ingest.Importer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The performance JSON extended additively (issue 13), from the hand-worked {@code indicators/travel}
 * store (figures worked in {@code KpiTravelTest}): the SPEC §9 fields stay, and each KPI gains
 * {@code direction}, {@code lastYear}, {@code inMonth} and {@code benchmarks}.
 */
class PerformanceJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Database db;
  private static JsonNode t1;

  @BeforeAll
  static void load() throws Exception {
    db = org.carepool.db.TestStores.open("t");
    Path travel = Path.of(PerformanceJsonTest.class.getResource("/indicators/travel").toURI());
    new Importer(db, Clock.fixed(Instant.parse("2026-04-20T09:00:00Z"), ZoneOffset.UTC))
        .load(List.of(travel), "tester", ImportProgress.none());
    t1 = JSON.valueToTree(PerformanceJson.of(new PerformanceService(db.dsl()).performance("T1",
        YearMonth.parse("2025-06"))));
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void each_kpi_keeps_the_spec_fields_and_gains_direction_last_year_in_month_and_benchmarks() {
    JsonNode nel = kpi("NEL_ADMISSIONS_PER_1000");
    for (String field : List.of("code", "name", "unit", "better", "target", "actual", "rating", "series")) {
      assertTrue(nel.has(field), field);
    }
    assertEquals("8.0", nel.get("actual").asText());
    assertEquals(2025, t1.get("populationYear").asInt());
    assertEquals(false, t1.get("populationProjected").asBoolean());
    assertEquals("April\u2013June 2025, annualised", nel.get("actualLabel").asText());
    assertEquals("4.8", nel.get("inMonth").asText());
    assertEquals("June 2025 alone, annualised", nel.get("inMonthLabel").asText());
    assertEquals("10.0", nel.get("lastYear").asText());
    assertEquals("IMPROVED", nel.get("direction").get("previousMonth").asText());
    assertEquals("IMPROVED", nel.get("direction").get("lastYear").asText());
    assertEquals(4, nel.get("lastYearSeries").size());
    assertEquals(0, nel.get("benchmarks").size());

    JsonNode equip = kpi("EQUIP");
    assertEquals("WORSENED", equip.get("direction").get("previousMonth").asText());
    assertEquals("IMPROVED", equip.get("direction").get("lastYear").asText());
    assertEquals("90.0", equip.get("lastYear").asText());
    assertEquals("England", equip.get("benchmarks").get(0).get("label").asText());
    assertEquals("93.4", equip.get("benchmarks").get(0).get("value").asText());
  }

  @Test
  void only_the_kpis_the_arrangement_lists_are_in_it() {
    List<String> codes = new java.util.ArrayList<>();
    t1.get("kpis").forEach(k -> codes.add(k.get("code").asText()));
    assertEquals(List.of("EMERGENCY_BED_DAYS_PER_1000_65PLUS", "NEL_ADMISSIONS_PER_1000", "EQUIP"), codes);
  }

  private static JsonNode kpi(String code) {
    for (JsonNode k : t1.get("kpis")) {
      if (k.get("code").asText().equals(code)) {
        return k;
      }
    }
    throw new AssertionError("no KPI " + code + " in " + t1);
  }
}
