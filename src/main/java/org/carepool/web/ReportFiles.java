package org.carepool.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The seam through which the Reports page and {@code GET /api/reports/{report}} get files
 * (SPEC §6) and the I&amp;E headline. Implemented in the composition root with {@code report}
 * and {@code finance}, which also records every download in the audit log. The web layer has
 * already checked that the report, format and month are valid and that the arrangement or board
 * exists. Figures that cannot be worked out (e.g. no contributions for the year) are a
 * {@code finance.FinanceException}.
 */
public interface ReportFiles {

  /** The rendered file, recorded as downloaded by {@code who} from {@code address}; empty when the code is unknown. */
  Optional<ReportFile> render(ReportRequest request, String who, String address);

  /**
   * The entity tag the file would have now (it changes when the figures may have): a request that
   * presents it gets 304 without a render. Empty: no tag, always sent.
   */
  default java.util.Optional<String> etag(ReportRequest request) {
    return java.util.Optional.empty();
  }

  /** The I&amp;E pool position and risk share (SPEC §4); empty when the arrangement is unknown. */
  Optional<Headline> headline(String arrangement, YearMonth month);

  /** {@code code} is an arrangement or a board code, as {@code report.scope()} says. */
  record ReportRequest(ReportType report, String code, YearMonth month, ReportFormat format) {}

  record ReportFile(String fileName, String contentType, byte[] content) {}

  /**
   * @param model         the arrangement model, e.g. {@code ALIGNED}
   * @param riskShareRule who bears the overspend: {@code SHARES}, {@code HOST} or {@code OWN}
   * @param overspend     forecast − contributions; negative is an underspend
   * @param warning       why the figures may mislead (e.g. spend for the month not loaded for a partner); empty if none
   */
  record Headline(String arrangement, String financialYear, String model, String riskShareRule, BigDecimal contributions,
                  BigDecimal forecast, BigDecimal overspend, List<PartnerAmount> riskShare, String warning) {}

  record PartnerAmount(String organisation, BigDecimal amount) {}
}
