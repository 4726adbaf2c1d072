package org.carepool.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A file's kind comes from the SPEC §3 name it starts with, so saved copies like spend-2025-09.csv load. */
class FileKindTest {

  @Test
  void the_spec_name_or_its_stem_followed_by_a_dash_underscore_or_dot_names_the_kind() {
    assertEquals(Optional.of(FileKind.SPEND), FileKind.byFileName("spend.csv"));
    assertEquals(Optional.of(FileKind.SPEND), FileKind.byFileName("spend-2025-09.csv"));
    assertEquals(Optional.of(FileKind.SPEND), FileKind.byFileName("Spend_September.CSV"));
    assertEquals(Optional.of(FileKind.KPI_ACTUALS), FileKind.byFileName("kpi_actuals.2025-26.csv"));
  }

  @Test
  void the_longest_stem_wins_and_other_names_are_not_import_files() {
    assertEquals(Optional.of(FileKind.KPI_TARGETS), FileKind.byFileName("kpi_targets_2025.csv"));
    assertEquals(Optional.of(FileKind.KPIS), FileKind.byFileName("kpis-v2.csv"));
    assertEquals(Optional.empty(), FileKind.byFileName("spends.csv"));
    assertEquals(Optional.empty(), FileKind.byFileName("kpi.csv"));
    assertEquals(Optional.empty(), FileKind.byFileName("spend.csv.bak"));
    assertEquals(Optional.empty(), FileKind.byFileName("my-spend.csv"));
  }
}
