package org.carepool.finance;

import java.util.Map;
import java.util.SortedSet;

/**
 * One arrangement's I&amp;E as at a month, with what a reader needs to trust it: the terms of the
 * arrangement, the quality of the data behind it, and the import batches it rests on.
 *
 * @param reported for a closed month, the close and whether the figures were restated since (SPEC §4.9);
 *                 {@code null} for a month that is not closed
 */
public record IncomeExpenditureStatement(ArrangementTerms terms, IncomeExpenditure figures, DataQuality dataQuality,
    SortedSet<Long> importBatches, Map<String, String> organisationNames, Reported reported) {

  public IncomeExpenditureStatement(ArrangementTerms terms, IncomeExpenditure figures, DataQuality dataQuality,
      SortedSet<Long> importBatches, Map<String, String> organisationNames) {
    this(terms, figures, dataQuality, importBatches, organisationNames, null);
  }

  /** The same statement, saying what it is of a closed month. */
  IncomeExpenditureStatement withReported(Reported about) {
    return new IncomeExpenditureStatement(terms, figures, dataQuality, importBatches, organisationNames, about);
  }
}
