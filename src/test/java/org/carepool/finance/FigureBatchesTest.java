package org.carepool.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.carepool.db.Database;
import org.carepool.db.TestStores;
import org.carepool.ingest.ImportProgress;
import org.carepool.ingest.Importer;
import org.carepool.ingest.LoadedFile;
import org.junit.jupiter.api.Test;

/**
 * The import batches an I&amp;E rests on (its footer names them for audit) are exactly those of the files
 * its figures come from: not the organisations, boards or localities loaded beside them.
 */
class FigureBatchesTest {

  @Test
  void an_ie_rests_on_the_batches_of_the_files_its_figures_come_from() throws URISyntaxException {
    try (Database db = TestStores.open("figure-batches")) {
      Map<String, Long> batchOf = new Importer(db, Clock.systemUTC())
          .load(List.of(Path.of(getClass().getResource("/finance/lb2").toURI())), "tester", ImportProgress.none())
          .files().stream().collect(Collectors.toMap(LoadedFile::fileName, LoadedFile::importBatch));
      Set<Long> expected = new TreeSet<>();
      for (String file : List.of("arrangements.csv", "schemes.csv", "contributions.csv", "budgets.csv", "spend.csv",
          "forecasts.csv", "agreement_terms.csv", "risk_steps.csv", "reserves.csv")) {
        expected.add(batchOf.get(file));
      }
      assertEquals(expected, new FinanceRepository(db.dsl()).importBatches("LB2", FinancialYear.parse("2025-26"),
          YearMonth.parse("2025-09")), "batches by file: " + batchOf);
    }
  }
}
