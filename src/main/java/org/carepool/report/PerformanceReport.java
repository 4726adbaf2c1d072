package org.carepool.report;

import java.util.Objects;
import org.carepool.indicators.Performance;

/** The {@code performance} report of one arrangement as at a month (SPEC §6). */
public record PerformanceReport(ReportContext context, Performance performance) implements ReportData {

  public PerformanceReport {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(performance, "performance");
  }

  @Override
  public ReportId id() {
    return ReportId.PERFORMANCE;
  }
}
