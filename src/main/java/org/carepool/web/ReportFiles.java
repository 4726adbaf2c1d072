package org.carepool.web;

import io.javalin.http.ServiceUnavailableResponse;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The seam through which the Reports page and {@code GET /api/reports/{report}} get files
 * (SPEC §6) and the I&amp;E headline. Implemented in the composition root with
 * {@code report} and {@code finance}. The web layer has already checked that the report,
 * format and month are valid and that the arrangement or board exists; it audits downloads.
 */
public interface ReportFiles {

  /** The rendered file; empty when the arrangement or board is unknown. */
  Optional<ReportFile> render(ReportRequest request);

  /** The I&amp;E pool position and risk share (SPEC §4); empty when the arrangement is unknown. */
  Optional<Headline> headline(String arrangement, YearMonth month);

  /** {@code code} is an arrangement or a board code, as {@code report.scope()} says. */
  record ReportRequest(ReportType report, String code, YearMonth month, ReportFormat format) {}

  record ReportFile(String fileName, String contentType, byte[] content) {}

  record Headline(String arrangement, String financialYear, String model, BigDecimal contributions,
                  BigDecimal forecast, BigDecimal overspend, List<PartnerAmount> riskShare) {}

  record PartnerAmount(String organisation, BigDecimal amount) {}

  /** Until reports are wired in: the chooser works, downloads and headlines answer 503. */
  static ReportFiles unavailable() {
    return new ReportFiles() {
      @Override
      public Optional<ReportFile> render(ReportRequest request) {
        throw new ServiceUnavailableResponse("Reports are not available in this build yet");
      }

      @Override
      public Optional<Headline> headline(String arrangement, YearMonth month) {
        throw new ServiceUnavailableResponse("The I&E headline is not available in this build yet");
      }
    };
  }
}
