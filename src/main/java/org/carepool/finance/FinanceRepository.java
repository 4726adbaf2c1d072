package org.carepool.finance;

import static org.carepool.db.generated.Tables.AGREED_SHARE;
import static org.carepool.db.generated.Tables.AGREEMENT_TERMS;
import static org.carepool.db.generated.Tables.ARRANGEMENT;
import static org.carepool.db.generated.Tables.BOARD;
import static org.carepool.db.generated.Tables.BUDGET;
import static org.carepool.db.generated.Tables.CONTRIBUTION;
import static org.carepool.db.generated.Tables.FORECAST;
import static org.carepool.db.generated.Tables.ORGANISATION;
import static org.carepool.db.generated.Tables.POOL_RESERVE;
import static org.carepool.db.generated.Tables.RISK_STEP;
import static org.carepool.db.generated.Tables.SCHEME;
import static org.carepool.db.generated.Tables.SPEND;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.carepool.db.ImportBatches;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Select;

/** The jOOQ queries behind an arrangement's I&amp;E: its terms, ledger and data-quality facts. */
final class FinanceRepository {
  private final DSLContext dsl;

  FinanceRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** The months of the year to date in which a scheme has spend (a month with only zero lines counts). */
  record SchemeSpendMonths(String scheme, String name, SortedSet<YearMonth> months) {}

  record UnmappedSpend(long lines, BigDecimal amount) {}

  record LastMonth(String organisation, YearMonth month) {}

  Optional<ArrangementTerms> terms(String code) {
    var host = ORGANISATION.as("host_org");
    return dsl.select(ARRANGEMENT.CODE, ARRANGEMENT.NAME, ARRANGEMENT.BOARD, BOARD.NAME, ARRANGEMENT.MODEL,
            ARRANGEMENT.HOST, host.NAME, ARRANGEMENT.RISK_SHARE, ARRANGEMENT.START_DATE, ARRANGEMENT.END_DATE,
            ARRANGEMENT.LEGAL_BASIS)
        .from(ARRANGEMENT)
        .join(BOARD).on(BOARD.CODE.eq(ARRANGEMENT.BOARD))
        .leftJoin(host).on(host.CODE.eq(ARRANGEMENT.HOST))
        .where(ARRANGEMENT.CODE.eq(code))
        .fetchOptional(r -> new ArrangementTerms(r.value1(), r.value2(), r.value3(), r.value4(),
            Model.valueOf(r.value5()), r.value6(), r.value7(), RiskShareRule.valueOf(r.value8()), r.value9(),
            r.value10(), r.value11()));
  }

  Map<String, String> organisationNames() {
    return dsl.select(ORGANISATION.CODE, ORGANISATION.NAME).from(ORGANISATION)
        .fetchMap(ORGANISATION.CODE, ORGANISATION.NAME);
  }

  List<PartnerContribution> contributions(String code, FinancialYear year) {
    return dsl.select(CONTRIBUTION.ORGANISATION, CONTRIBUTION.AMOUNT)
        .from(CONTRIBUTION)
        .where(CONTRIBUTION.ARRANGEMENT.eq(code), CONTRIBUTION.FINANCIAL_YEAR.eq(year.startYear()))
        .orderBy(CONTRIBUTION.ORGANISATION)
        .fetch(r -> new PartnerContribution(r.value1(), r.value2()));
  }

  Map<String, BigDecimal> agreedSharePct(String code) {
    return dsl.select(AGREED_SHARE.ORGANISATION, AGREED_SHARE.SHARE_PCT)
        .from(AGREED_SHARE)
        .where(AGREED_SHARE.ARRANGEMENT.eq(code))
        .fetchMap(AGREED_SHARE.ORGANISATION, AGREED_SHARE.SHARE_PCT);
  }

  /**
   * Every scheme of the arrangement with its risk class, budget for the year, actual to date and the
   * latest forecast loaded for it in the year, at or before the month.
   */
  List<SchemeLedger> schemes(String code, FinancialYear year, YearMonth asAt) {
    var actual = dsl.select(coalesce(sum(SPEND.AMOUNT), BigDecimal.ZERO))
        .from(SPEND)
        .where(SPEND.ARRANGEMENT.eq(SCHEME.ARRANGEMENT), SPEND.SCHEME.eq(SCHEME.CODE), spendToDate(year, asAt))
        .asField("actual");
    Map<String, LatestForecast> forecasts = latestForecasts(code, year, asAt);
    return dsl.select(SCHEME.CODE, SCHEME.NAME, SCHEME.CARE_TYPE, SCHEME.FUNDER, SCHEME.RISK_CLASS,
            coalesce(BUDGET.AMOUNT, BigDecimal.ZERO), actual)
        .from(SCHEME)
        .leftJoin(BUDGET).on(BUDGET.ARRANGEMENT.eq(SCHEME.ARRANGEMENT), BUDGET.SCHEME.eq(SCHEME.CODE),
            BUDGET.FINANCIAL_YEAR.eq(year.startYear()))
        .where(SCHEME.ARRANGEMENT.eq(code))
        .orderBy(SCHEME.CODE)
        .fetch(r -> new SchemeLedger(r.value1(), r.value2(), r.value3(), r.value4(), RiskClass.valueOf(r.value5()),
            r.value6(), (BigDecimal) r.value7(),
            Optional.ofNullable(forecasts.get(r.value1())).map(LatestForecast::forecast)));
  }

  /** A scheme's latest forecast and the batch that loaded it. */
  record LatestForecast(LoadedForecast forecast, long importBatch) {}

  /**
   * Per scheme, the latest forecast loaded for a month of the year up to {@code asAt}: a forecast of
   * an earlier year never carries into this one, and one for a later month never reaches back.
   */
  Map<String, LatestForecast> latestForecasts(String code, FinancialYear year, YearMonth asAt) {
    Map<String, LatestForecast> latest = new HashMap<>();
    dsl.select(FORECAST.SCHEME, FORECAST.MONTH, FORECAST.FORECAST_OUTTURN, FORECAST.IMPORT_BATCH)
        .from(FORECAST)
        .where(FORECAST.ARRANGEMENT.eq(code), FORECAST.MONTH.between(firstDay(year.firstMonth()), firstDay(asAt)))
        .orderBy(FORECAST.SCHEME, FORECAST.MONTH)
        .forEach(r -> latest.put(r.value1(), new LatestForecast(
            new LoadedForecast(YearMonth.from(r.value2()), r.value3()), r.value4())));
    return latest;
  }

  /** The year's agreement terms, the SPEC's defaults filled in; all defaults when none are loaded. */
  YearTerms yearTerms(String code, FinancialYear year) {
    return dsl.selectFrom(AGREEMENT_TERMS)
        .where(AGREEMENT_TERMS.ARRANGEMENT.eq(code), AGREEMENT_TERMS.FINANCIAL_YEAR.eq(year.startYear()))
        .fetchOptional(r -> YearTerms.of(
            r.getForecastMethod() == null ? null : ForecastMethod.valueOf(r.getForecastMethod()),
            r.getUnderspend() == null ? null : UnderspendTerm.valueOf(r.getUnderspend()),
            r.getAmberPct(), r.getRedPct(), r.getNotifyPct()))
        .orElse(YearTerms.DEFAULTS);
  }

  /** The year's agreement steps, in order; empty when none are loaded. */
  List<AgreementStep> steps(String code, FinancialYear year) {
    return dsl.selectFrom(RISK_STEP)
        .where(RISK_STEP.ARRANGEMENT.eq(code), RISK_STEP.FINANCIAL_YEAR.eq(year.startYear()))
        .orderBy(RISK_STEP.STEP)
        .fetch(r -> new AgreementStep(r.getStep(), StepRule.valueOf(r.getRule()), r.getParty(), r.getPercent(),
            r.getAmount()));
  }

  /** The pool's opening reserve for the year; 0 when none is loaded. */
  BigDecimal openingReserve(String code, FinancialYear year) {
    return dsl.select(POOL_RESERVE.OPENING_BALANCE).from(POOL_RESERVE)
        .where(POOL_RESERVE.ARRANGEMENT.eq(code), POOL_RESERVE.FINANCIAL_YEAR.eq(year.startYear()))
        .fetchOptional(POOL_RESERVE.OPENING_BALANCE)
        .orElse(BigDecimal.ZERO);
  }

  List<SchemeSpendMonths> spendMonths(String code, FinancialYear year, YearMonth asAt) {
    Map<String, SchemeSpendMonths> schemes = new LinkedHashMap<>();
    dsl.selectDistinct(SCHEME.CODE, SCHEME.NAME, SPEND.MONTH)
        .from(SCHEME)
        .leftJoin(SPEND).on(SPEND.ARRANGEMENT.eq(SCHEME.ARRANGEMENT), SPEND.SCHEME.eq(SCHEME.CODE),
            spendToDate(year, asAt))
        .where(SCHEME.ARRANGEMENT.eq(code))
        .orderBy(SCHEME.CODE, SPEND.MONTH)
        .forEach(r -> {
          SchemeSpendMonths scheme = schemes.computeIfAbsent(r.value1(),
              c -> new SchemeSpendMonths(c, r.value2(), new TreeSet<>()));
          if (r.value3() != null) {
            scheme.months().add(YearMonth.from(r.value3()));
          }
        });
    return List.copyOf(schemes.values());
  }

  UnmappedSpend spendWithoutLocality(String code, FinancialYear year, YearMonth asAt) {
    return dsl.select(count(), coalesce(sum(SPEND.AMOUNT), BigDecimal.ZERO))
        .from(SPEND)
        .where(SPEND.ARRANGEMENT.eq(code), spendToDate(year, asAt), SPEND.LOCALITY.isNull())
        .fetchOne(r -> new UnmappedSpend(r.value1(), r.value2()));
  }

  /** Per organisation that recorded spend between {@code from} and {@code asAt}, its last month up to {@code asAt}. */
  List<LastMonth> lastMonthByRecordingOrganisation(String code, YearMonth from, YearMonth asAt) {
    return dsl.select(SPEND.ORGANISATION, max(SPEND.MONTH))
        .from(SPEND)
        .where(SPEND.ARRANGEMENT.eq(code), SPEND.MONTH.between(firstDay(from), firstDay(asAt)))
        .groupBy(SPEND.ORGANISATION)
        .orderBy(SPEND.ORGANISATION)
        .fetch(r -> new LastMonth(r.value1(), YearMonth.from(r.value2())));
  }

  /** The import batches whose rows the figures are made from. */
  SortedSet<Long> importBatches(String code, FinancialYear year, YearMonth asAt) {
    List<Select<Record1<Long>>> sources = List.of(
        dsl.select(ARRANGEMENT.IMPORT_BATCH).from(ARRANGEMENT).where(ARRANGEMENT.CODE.eq(code)),
        dsl.select(SCHEME.IMPORT_BATCH).from(SCHEME).where(SCHEME.ARRANGEMENT.eq(code)),
        dsl.select(AGREED_SHARE.IMPORT_BATCH).from(AGREED_SHARE).where(AGREED_SHARE.ARRANGEMENT.eq(code)),
        dsl.select(CONTRIBUTION.IMPORT_BATCH).from(CONTRIBUTION)
            .where(CONTRIBUTION.ARRANGEMENT.eq(code), CONTRIBUTION.FINANCIAL_YEAR.eq(year.startYear())),
        dsl.select(BUDGET.IMPORT_BATCH).from(BUDGET)
            .where(BUDGET.ARRANGEMENT.eq(code), BUDGET.FINANCIAL_YEAR.eq(year.startYear())),
        dsl.select(SPEND.IMPORT_BATCH).from(SPEND).where(SPEND.ARRANGEMENT.eq(code), spendToDate(year, asAt)),
        dsl.select(AGREEMENT_TERMS.IMPORT_BATCH).from(AGREEMENT_TERMS)
            .where(AGREEMENT_TERMS.ARRANGEMENT.eq(code), AGREEMENT_TERMS.FINANCIAL_YEAR.eq(year.startYear())),
        dsl.select(RISK_STEP.IMPORT_BATCH).from(RISK_STEP)
            .where(RISK_STEP.ARRANGEMENT.eq(code), RISK_STEP.FINANCIAL_YEAR.eq(year.startYear())),
        dsl.select(POOL_RESERVE.IMPORT_BATCH).from(POOL_RESERVE)
            .where(POOL_RESERVE.ARRANGEMENT.eq(code), POOL_RESERVE.FINANCIAL_YEAR.eq(year.startYear())));
    SortedSet<Long> batches = ImportBatches.of(dsl, sources);
    latestForecasts(code, year, asAt).values().forEach(f -> batches.add(f.importBatch()));
    return batches;
  }

  private static Condition spendToDate(FinancialYear year, YearMonth asAt) {
    return SPEND.MONTH.between(firstDay(year.firstMonth()), firstDay(asAt));
  }

  private static LocalDate firstDay(YearMonth month) {
    return month.atDay(1);
  }
}
