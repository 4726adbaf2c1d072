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

  /**
   * {@code code} is an arrangement or a board code, as {@code report.scope()} says; {@code asReported}:
   * the I&amp;E of a closed month as reported rather than as now ({@code as=reported}, SPEC §4.9);
   * {@code units}: {@code pounds} or {@code thousands} ({@code units=}), null for the format's default.
   */
  record ReportRequest(ReportType report, String code, YearMonth month, ReportFormat format, boolean asReported,
      String units) {}

  record ReportFile(String fileName, String contentType, byte[] content) {}

  /**
   * @param model          the arrangement model, e.g. {@code ALIGNED}
   * @param riskShareRule  the arrangement's rule: {@code SHARES}, {@code HOST} or {@code OWN}
   * @param riskShareBasis what shared the overspend: {@code RULE}, {@code STEPS} (the agreement's) or
   *                       {@code UNDERSPEND} (the year's underspend term)
   * @param underspendTerm the term applied when the basis is {@code UNDERSPEND}: {@code RETURN}, {@code RESERVE}
   *                       or {@code HOST}; otherwise {@code null}
   * @param overspend      forecast − contributions; negative is an underspend
   * @param variancePct    the overspend as a percentage of contributions, one decimal
   * @param rating         the pool's financial RAG
   * @param shareable      the overspend the partners share, less fixed and ring-fenced schemes' variances
   * @param unallocated    what the agreement's steps leave uncovered (0 when nothing)
   * @param notices        sentences the reader must see (notify threshold reached, unallocated remainder)
   * @param warning        why the figures may mislead (e.g. spend for the month not loaded for a partner); empty if none
   * @param closed         whether the month is closed (SPEC §4.9)
   * @param restated       whether data loaded since the close changed the closed month's figures
   * @param closeNote      the close in a sentence (when, by whom, restated or not); empty when the month is open
   */
  record Headline(String arrangement, String financialYear, String model, String riskShareRule,
                  String riskShareBasis, String underspendTerm, BigDecimal contributions, BigDecimal forecast,
                  BigDecimal overspend, String variancePct, String rating, BigDecimal shareable,
                  List<PartnerAmount> riskShare, BigDecimal unallocated, List<String> notices, String warning,
                  boolean closed, boolean restated, String closeNote) {

    /** A headline of a month that is not closed. */
    Headline(String arrangement, String financialYear, String model, String riskShareRule, String riskShareBasis,
        String underspendTerm, BigDecimal contributions, BigDecimal forecast, BigDecimal overspend, String variancePct,
        String rating, BigDecimal shareable, List<PartnerAmount> riskShare, BigDecimal unallocated, List<String> notices,
        String warning) {
      this(arrangement, financialYear, model, riskShareRule, riskShareBasis, underspendTerm, contributions, forecast,
          overspend, variancePct, rating, shareable, riskShare, unallocated, notices, warning, false, false, "");
    }
  }

  record PartnerAmount(String organisation, BigDecimal amount) {}
}
