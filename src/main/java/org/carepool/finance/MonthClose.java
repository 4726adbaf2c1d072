package org.carepool.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** A month closed for an arrangement: when, by whom, how, the pool forecast reported and the batches it rested on. */
public record MonthClose(long id, String arrangement, YearMonth month, Instant closedAt, String closedBy, CloseHow how,
    BigDecimal poolForecast, List<Long> importBatches) {

  public MonthClose {
    importBatches = List.copyOf(importBatches);
  }
}
