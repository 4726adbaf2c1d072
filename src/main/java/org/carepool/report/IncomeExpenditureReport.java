package org.carepool.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.carepool.finance.DataQuality;
import org.carepool.finance.IncomeExpenditure;
import org.carepool.finance.IncomeExpenditureStatement;
import org.carepool.finance.Reported;
import org.carepool.finance.RiskShareRule;

/**
 * The {@code income-expenditure} report of one arrangement as at a month.
 *
 * @param figures           the SPEC §4 figures, as calculated by the finance package
 * @param riskShareRule     the arrangement's rule, named in the risk-share section
 * @param organisationNames organisation code to name, for every partner, funder and host shown;
 *                          a code missing here is shown as the code alone
 * @param dataQuality       where the data behind the figures is thin: the notes and any warning
 * @param reported          for a closed month, which statement this is and whether it was restated
 *                          (SPEC §4.9); {@code null} for a month that is not closed
 * @param previousClosedMonth the closed month the previous forecasts were reported at; {@code null} when
 *                          none (or not known)
 */
public record IncomeExpenditureReport(ReportContext context, IncomeExpenditure figures, RiskShareRule riskShareRule,
    Map<String, String> organisationNames, DataQuality dataQuality, Reported reported,
    YearMonth previousClosedMonth) implements ReportData {

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

  /** A report of a month that is not closed. */
  public IncomeExpenditureReport(ReportContext context, IncomeExpenditure figures, RiskShareRule riskShareRule,
      Map<String, String> organisationNames, DataQuality dataQuality) {
    this(context, figures, riskShareRule, organisationNames, dataQuality, null, null);
  }

  /** The report of a statement read from the store. */
  static IncomeExpenditureReport of(ReportContext context, IncomeExpenditureStatement statement) {
    return new IncomeExpenditureReport(context, statement.figures(), statement.terms().riskShare(),
        statement.organisationNames(), statement.dataQuality(), statement.reported(), statement.previousClosedMonth());
  }

  /**
   * The sentence on the close of the month (reported or now, restated or not), its pool forecasts in
   * exact pounds even in a £000 report (a restatement may be smaller than the rounding); null when
   * the month is not closed.
   */
  String reportedNote() {
    return reported == null ? null : reported.text(Wording::money);
  }

  /** Whether the figures of this closed month worked out now differ from those reported. */
  boolean restated() {
    return reported != null && reported.restated();
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

  /**
   * The data-quality notes as sentences, money written as the report writes it, in the JSON's order:
   * the forecasts' first, then the data's, then each key variance nobody has explained.
   */
  List<String> dataQualityNotes() {
    List<String> notes = new ArrayList<>();
    figures.forecastNotes().forEach(n -> notes.add(n.text(Wording::money)));
    notes.addAll(dataQuality.notes(Wording::money));
    figures.keyVariances().stream().filter(k -> !k.explained())
        .forEach(k -> notes.add(k.missingCommentaryNote(figures.month())));
    return notes;
  }
}
