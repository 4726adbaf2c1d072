package org.carepool.finance;

import java.util.Map;
import java.util.SortedSet;

/**
 * One arrangement's I&amp;E as at a month, with what a reader needs to trust it: the terms of the
 * arrangement, the quality of the data behind it, and the import batches it rests on.
 */
public record IncomeExpenditureStatement(ArrangementTerms terms, IncomeExpenditure figures, DataQuality dataQuality,
    SortedSet<Long> importBatches, Map<String, String> organisationNames) {}
