package org.carepool.report;

/** The figures of one report, ready to render: nothing is read from the store while rendering. */
public sealed interface ReportData permits IncomeExpenditureReport, PerformanceReport, SpendMappingReport {

  ReportId id();

  ReportContext context();
}
