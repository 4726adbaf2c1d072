package org.carepool.report;

import java.time.YearMonth;

/** What a download or the {@code render} command asks for: one report, or a board's whole pack (SPEC §6). */
public sealed interface FileRequest permits ReportRequest, BoardPackRequest {

  YearMonth month();

  Format format();

  /** For the audit log and the logs: e.g. {@code income-expenditure LB1 2025-09 pdf as reported}. */
  String describe();
}
