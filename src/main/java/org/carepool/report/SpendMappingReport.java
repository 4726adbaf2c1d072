package org.carepool.report;

import java.util.Objects;
import org.carepool.indicators.Mapping;

/** The {@code spend-mapping} report of a board's population for a financial year (SPEC §5, §6). */
public record SpendMappingReport(ReportContext context, Mapping mapping) implements ReportData {

  public SpendMappingReport {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(mapping, "mapping");
  }

  @Override
  public ReportId id() {
    return ReportId.SPEND_MAPPING;
  }
}
