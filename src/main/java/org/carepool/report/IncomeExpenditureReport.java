package org.carepool.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.carepool.finance.DataQuality;
import org.carepool.finance.IncomeExpenditure;
import org.carepool.finance.IncomeExpenditureStatement;
import org.carepool.finance.RiskShareRule;

/**
 * The {@code income-expenditure} report of one arrangement as at a month.
 *
 * @param figures           the SPEC §4 figures, as calculated by the finance package
 * @param riskShareRule     the arrangement's rule, named in the risk-share section
 * @param organisationNames organisation code to name, for every partner, funder and host shown;
 *                          a code missing here is shown as the code alone
 * @param dataQuality       where the data behind the figures is thin: the notes and any warning
 */
public record IncomeExpenditureReport(ReportContext context, IncomeExpenditure figures, RiskShareRule riskShareRule,
    Map<String, String> organisationNames, DataQuality dataQuality) implements ReportData {

  public IncomeExpenditureReport {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(figures, "figures");
    Objects.requireNonNull(riskShareRule, "riskShareRule");
    Objects.requireNonNull(dataQuality, "dataQuality");
    organisationNames = Map.copyOf(organisationNames);
    if (!context.arrangement().equals(figures.arrangement()) || !context.asAt().equals(figures.month())) {
      throw new IllegalArgumentException("figures for " + figures.arrangement() + " " + figures.month()
          + " do not match the report context " + context.arrangement() + " " + context.asAt());
    }
  }

  /** The report of a statement read from the store. */
  static IncomeExpenditureReport of(ReportContext context, IncomeExpenditureStatement statement) {
    return new IncomeExpenditureReport(context, statement.figures(), statement.terms().riskShare(),
        statement.organisationNames(), statement.dataQuality());
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

  /** The data-quality notes as sentences, money written as the report writes it: the forecasts' first, as the JSON has them. */
  List<String> dataQualityNotes() {
    List<String> notes = new ArrayList<>();
    figures.forecastNotes().forEach(n -> notes.add(n.text(Wording::money)));
    notes.addAll(dataQuality.notes(Wording::money));
    return notes;
  }
}
