package org.carepool.finance;

import java.time.LocalDate;
import java.time.YearMonth;

/** An arrangement as its agreement sets it out: who hosts, which model, which risk rule, since when. */
public record ArrangementTerms(String code, String name, String board, String boardName, Model model, String host,
    String hostName, RiskShareRule riskShare, LocalDate startDate, LocalDate endDate, String legalBasis) {

  /** Whether the arrangement was running in the month. */
  boolean covers(YearMonth month) {
    boolean started = !YearMonth.from(startDate).isAfter(month);
    boolean notEnded = endDate == null || !YearMonth.from(endDate).isBefore(month);
    return started && notEnded;
  }
}
