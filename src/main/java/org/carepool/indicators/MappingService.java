package org.carepool.indicators;

import org.carepool.arrangement.UnknownBoardException;
import java.time.YearMonth;
import java.util.List;
import java.util.SortedSet;
import org.carepool.finance.FinancialYear;
import org.jooq.DSLContext;

/** Works out a board's spend mapping (SPEC §5) for a financial year from the activity summaries. */
public final class MappingService {
  private final DSLContext dsl;

  public MappingService(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** The whole year, April to March (the months of it loaded). @throws UnknownBoardException when no board has the code */
  public Mapping mapping(String board, FinancialYear year) {
    return mapping(board, year.lastMonth());
  }

  /** The financial year of {@code upTo}, April to {@code upTo}: what a pack as at that month shows. */
  public Mapping mapping(String board, YearMonth upTo) {
    return dsl.transactionResult(trx -> mapping(new MappingRepository(trx.dsl()),
        new IndicatorsRepository(trx.dsl()), board, upTo));
  }

  private Mapping mapping(MappingRepository store, IndicatorsRepository indicators, String board, YearMonth upTo) {
    String name = store.boardName(board).orElseThrow(() -> new UnknownBoardException(board));
    FinancialYear year = FinancialYear.of(upTo);
    List<String> localities = store.localities(board);
    List<YearMonth> months = store.months(year, upTo);
    long days = months.stream().mapToLong(YearMonth::lengthOfMonth).sum();
    var calculator = new MappingCalculator(store.costs(localities, year, upTo), store.population(localities, year));
    SortedSet<Long> batches = indicators.activityAndPopulationBatches(year, upTo);
    batches.addAll(indicators.referenceBatches(localities));
    batches.addAll(store.arrangementLocalityBatches(board));
    return new Mapping(board, name, year, upTo, months, days, localities, calculator.totalPopulation(),
        calculator.totalCost(), calculator.byLocality(store.localityNames()),
        MappingCalculator.byPractice(store.practices(localities, year, upTo)), calculator.bySetting(),
        calculator.byAgeSex(), calculator.balance(), MappingCalculator.beds(store.beds(localities, year, upTo), days),
        batches);
  }
}
