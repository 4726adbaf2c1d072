package org.carepool.finance;

import java.time.YearMonth;
import java.util.Map;
import java.util.SortedSet;

/**
 * One arrangement's I&amp;E as at a month, with what a reader needs to trust it: the terms of the
 * arrangement, the quality of the data behind it, and the import batches it rests on.
 *
 * @param reported for a closed month, the close and whether the figures were restated since (SPEC §4.9);
 *                 {@code null} for a month that is not closed
 * @param previousClosedMonth the closed month the previous forecasts were reported at (SPEC §4.9);
 *                 {@code null} before the year's first close (and in statements kept before it was recorded)
 */
public record IncomeExpenditureStatement(ArrangementTerms terms, IncomeExpenditure figures, DataQuality dataQuality,
    SortedSet<Long> importBatches, Map<String, String> organisationNames, Reported reported,
    YearMonth previousClosedMonth) {

  public IncomeExpenditureStatement(ArrangementTerms terms, IncomeExpenditure figures, DataQuality dataQuality,
      SortedSet<Long> importBatches, Map<String, String> organisationNames, Reported reported) {
    this(terms, figures, dataQuality, importBatches, organisationNames, reported, null);
  }

  public IncomeExpenditureStatement(ArrangementTerms terms, IncomeExpenditure figures, DataQuality dataQuality,
      SortedSet<Long> importBatches, Map<String, String> organisationNames) {
    this(terms, figures, dataQuality, importBatches, organisationNames, null, null);
  }

  /** The same statement, saying what it is of a closed month. */
  IncomeExpenditureStatement withReported(Reported about) {
    return new IncomeExpenditureStatement(terms, figures, dataQuality, importBatches, organisationNames, about,
        previousClosedMonth);
  }
}
