package org.carepool.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.carepool.finance.IncomeExpenditure;
import org.carepool.finance.RiskShareRule;

/**
 * The {@code income-expenditure} report of one arrangement as at a month.
 *
 * @param figures           the SPEC §4 figures, as calculated by the finance package
 * @param riskShareRule     the arrangement's rule, named in the risk-share section
 * @param organisationNames organisation code to name, for every partner, funder and host shown;
 *                          a code missing here is shown as the code alone
 * @param dataQualityNotes  sentences for the data-quality section (schemes with months of no spend,
 *                          spend without a locality, last month loaded per recording organisation)
 */
public record IncomeExpenditureReport(ReportContext context, IncomeExpenditure figures, RiskShareRule riskShareRule,
    Map<String, String> organisationNames, List<String> dataQualityNotes) implements ReportData {

  public IncomeExpenditureReport {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(figures, "figures");
    Objects.requireNonNull(riskShareRule, "riskShareRule");
    organisationNames = Map.copyOf(organisationNames);
    dataQualityNotes = List.copyOf(dataQualityNotes);
    if (!context.arrangement().equals(figures.arrangement()) || !context.asAt().equals(figures.month())) {
      throw new IllegalArgumentException("figures for " + figures.arrangement() + " " + figures.month()
          + " do not match the report context " + context.arrangement() + " " + context.asAt());
    }
  }

  @Override
  public ReportId id() {
    return ReportId.INCOME_EXPENDITURE;
  }

  /** "CCG — NHS Westshire ICB", or the code when no name is known. */
  public String partner(String code) {
    String name = organisationNames.get(code);
    return name == null || name.equals(code) ? code : code + " — " + name;
  }
}
