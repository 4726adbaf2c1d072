package org.carepool.ingest;

import static org.carepool.db.generated.Tables.AGREEMENT_TERMS;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.carepool.db.generated.tables.records.AgreementTermsRecord;
import org.jooq.Field;

/**
 * {@code agreement_terms.csv}: an arrangement's terms for a financial year (SPEC §4.1, 4.3, 4.6),
 * replaced by key (arrangement, financial year). An empty setting is stored as not set (NULL): the
 * figures then use the SPEC's default, and the store never claims that a default was agreed.
 * Amber must lie below red, each as given or else at its default (2 and 5), so a file can never
 * make a rating skip AMBER. An ALIGNED arrangement has no pool, so it has no underspend term.
 */
final class AgreementTermsFile implements EntityFile {
  static final Set<String> FORECAST_METHODS = Set.of("RUN_RATE", "BUDGET");
  static final Set<String> UNDERSPEND = Set.of("RETURN", "RESERVE", "HOST");
  private static final BigDecimal DEFAULT_AMBER = BigDecimal.valueOf(2);
  private static final BigDecimal DEFAULT_RED = BigDecimal.valueOf(5);
  private static final List<Field<?>> FIELDS = List.of(AGREEMENT_TERMS.ARRANGEMENT, AGREEMENT_TERMS.FINANCIAL_YEAR,
      AGREEMENT_TERMS.FORECAST_METHOD, AGREEMENT_TERMS.UNDERSPEND, AGREEMENT_TERMS.AMBER_PCT, AGREEMENT_TERMS.RED_PCT,
      AGREEMENT_TERMS.NOTIFY_PCT, AGREEMENT_TERMS.IMPORT_BATCH);

  private final Catalogue catalogue;
  private final Keys keys = new Keys("arrangement", 1);

  AgreementTermsFile(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void check(Row row) {
    AgreementTermsRecord terms = values(row);
    String arrangement = terms.getArrangement();
    keys.add(row, arrangement, terms.getFinancialYear());
    catalogue.checkYearWithin(row, arrangement, terms.getFinancialYear());
    if (arrangement != null && terms.getUnderspend() != null && catalogue.isAligned(arrangement)) {
      row.problem("underspend", row.text("underspend"), "arrangement " + arrangement
          + " is ALIGNED: it has no pool, so each partner keeps its own underspend and there is no underspend term");
    }
    checkBands(row, terms.getAmberPct(), terms.getRedPct());
  }

  private AgreementTermsRecord values(Row row) {
    AgreementTermsRecord terms = new AgreementTermsRecord();
    terms.setArrangement(row.requiredCode("arrangement", catalogue.arrangementCodes(), "arrangement"));
    terms.setFinancialYear(row.financialYear("financial_year"));
    terms.setForecastMethod(row.optionalOneOf("forecast_method", FORECAST_METHODS));
    terms.setUnderspend(row.optionalOneOf("underspend", UNDERSPEND));
    terms.setAmberPct(row.optionalPercent("amber_pct"));
    terms.setRedPct(row.optionalPercent("red_pct"));
    terms.setNotifyPct(row.optionalPercent("notify_pct"));
    return terms;
  }

  /** Amber below red, either at its default when not set; a value already found wrong is not judged again. */
  private static void checkBands(Row row, BigDecimal amber, BigDecimal red) {
    if (amber == null && row.text("amber_pct") != null || red == null && row.text("red_pct") != null) {
      return;
    }
    BigDecimal amberUsed = amber == null ? DEFAULT_AMBER : amber;
    BigDecimal redUsed = red == null ? DEFAULT_RED : red;
    if (amberUsed.compareTo(redUsed) >= 0) {
      String column = amber != null ? "amber_pct" : "red_pct";
      row.problem(column, row.text(column), "amber_pct " + show(amberUsed, amber == null) + " must be below red_pct "
          + show(redUsed, red == null) + ": a scheme turns AMBER before it turns RED");
    }
  }

  private static String show(BigDecimal percent, boolean byDefault) {
    return percent.stripTrailingZeros().toPlainString() + (byDefault ? " (the default)" : "");
  }

  @Override
  public String write(WriteContext out) {
    return out.replaceKeys(AGREEMENT_TERMS, FIELDS, keys.all(), this::values);
  }
}
