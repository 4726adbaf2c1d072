package org.carepool.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.carepool.finance.DataQuality;
import org.carepool.finance.IncomeExpenditure;
import org.carepool.finance.Pounds;
import org.carepool.finance.IncomeExpenditureStatement;
import org.carepool.finance.YearTerms;

/**
 * The SPEC §9 JSON of an I&amp;E statement: field names as there (with those added by §4.1–4.8),
 * amounts as strings with two decimals, percentages as strings with one. Extended (never renamed):
 * the year's terms, what shared the overspend and the steps as they ran, OWN risk-share terms, the
 * host's cost-split row flagged, warnings and the data-quality facts behind the notes.
 * {@code previousForecast} and {@code movement} are null before the year's first closed month (§4.9).
 */
record IncomeExpenditureJson(String arrangement, String name, String board, String model, String host,
    String financialYear, String month, int monthOrdinal, String monthLabel, String governance, Terms terms,
    List<String> warnings, List<String> notices, List<Income> income, List<Scheme> schemes, Pool pool,
    String riskShareBasis, List<Share> riskShare, List<Step> steps, String unallocated, Reserves reserves,
    List<CostShare> costSplit, List<String> dataQualityNotes, Quality dataQuality, List<Long> importBatches,
    List<KeyVariance> keyVariances, Reported reported) {

  /** A scheme (or with {@code scheme} null, the pool) a board must hear about, with its commentary. */
  record KeyVariance(String scheme, String name, String rating, String variance, String variancePct, String movement,
      List<String> reasons, String commentary, String action, String owner, String due) {}

  /**
   * SPEC §4.9 for a closed month; null otherwise. {@code view}: {@code REPORTED} (the kept statement) or
   * {@code NOW}; {@code changedBy}: the batches loaded since that changed the figures.
   */
  record Reported(String closedMonth, String closedAt, String closedBy, String how, String view, boolean restated,
      String reportedPoolForecast, String currentPoolForecast, List<Batch> changedBy, String text) {}

  record Batch(long id, String entity, String fileName, String loadedAt, String loadedBy) {}

  /** The year's terms as applied (defaults filled in); underspend and notifyPct null when not set. */
  record Terms(String forecastMethod, String underspend, String amberPct, String redPct, String notifyPct) {}

  record Income(String organisation, String contribution, String toDate) {}

  /** {@code forecastBasis} is the older name of {@code basis}, kept for scripts that read it. */
  record Scheme(String code, String name, String careType, String funder, String riskClass, String budget,
      String budgetToDate, String actualToDate, String varianceToDate, String forecast, String basis,
      @JsonInclude(JsonInclude.Include.NON_NULL) String carriedFrom, String forecastBasis, String variance,
      String variancePct, String rating, String previousForecast, String movement) {}

  record Pool(String contributions, String budget, String actualToDate, String forecast, String overspend,
      String variancePct, String rating, String shareable, String previousForecast, String movement) {}

  /** {@code ownSchemesVariance + shareOfBudgetGap} is the RULE part under OWN; both left out otherwise. */
  record Share(String organisation, String amount, List<Part> parts,
      @JsonInclude(JsonInclude.Include.NON_NULL) String ownSchemesVariance,
      @JsonInclude(JsonInclude.Include.NON_NULL) String shareOfBudgetGap) {}

  record Part(String source, String amount) {}

  record Step(int step, String rule, String source, String party, String percent, String amount, String limit,
      String remainingBefore, String taken, String remainingAfter, List<Borne> borne) {}

  record Borne(String organisation, String amount, String share, String cap) {}

  record Reserves(String opening, String drawn, String underspendAdded, String closing,
      String ringFencedCarriedForward) {}

  /** For the host's own row ({@code isHost}), {@code owedToHost} is the cost it carries. */
  record CostShare(String organisation, String amount, String incomeToDate, String owedToHost, boolean isHost) {}

  record Quality(List<Gap> schemesWithoutSpend, Unmapped spendWithoutLocality, List<Loaded> lastMonthLoaded) {}

  record Gap(String scheme, List<String> months) {}

  record Unmapped(long lines, String amount) {}

  record Loaded(String organisation, String month, boolean behind) {}

  static IncomeExpenditureJson of(IncomeExpenditureStatement statement) {
    IncomeExpenditure f = statement.figures();
    var terms = statement.terms();
    DataQuality q = statement.dataQuality();
    return new IncomeExpenditureJson(f.arrangement(), terms.name(), terms.board(), f.model().name(), f.host(),
        f.financialYear(), f.month().toString(), f.monthOrdinal(), f.monthLabel(), f.model().governanceLine(),
        terms(f.terms()), q.warning().isEmpty() ? List.of() : List.of(q.warning()),
        f.noticeTexts(Pounds::inSentence),
        f.income().stream().map(i -> new Income(i.organisation(), money(i.contribution()), money(i.toDate()))).toList(),
        f.schemes().stream().map(IncomeExpenditureJson::scheme).toList(),
        pool(f.pool()), f.riskShareBasis().name(),
        f.riskShare().stream().map(IncomeExpenditureJson::share).toList(),
        f.steps().stream().map(IncomeExpenditureJson::step).toList(), money(f.unallocated()),
        reserves(f.reserves()),
        f.costSplit().stream().map(c -> new CostShare(c.organisation(), money(c.amount()), money(c.incomeToDate()),
            money(c.owedToHost()), c.isHost())).toList(),
        notes(f, q), quality(q), List.copyOf(statement.importBatches()),
        f.keyVariances().stream().map(IncomeExpenditureJson::keyVariance).toList(), reported(statement.reported()));
  }

  private static KeyVariance keyVariance(IncomeExpenditure.KeyVariance k) {
    return new KeyVariance(k.scheme(), k.name(), k.rating().name(), money(k.variance()), oneDecimal(k.variancePct()),
        money(k.movement()), k.reasons(), k.commentary(), k.action(), k.owner(),
        k.due() == null ? null : k.due().toString());
  }

  private static Reported reported(org.carepool.finance.Reported r) {
    if (r == null) {
      return null;
    }
    return new Reported(r.close().month().toString(), r.close().closedAt().toString(), r.close().closedBy(),
        r.close().how().name(), r.view().name(), r.restated(), money(r.reportedPoolForecast()),
        money(r.currentPoolForecast()), r.changedBy().stream().map(b -> new Batch(b.id(), b.entity(), b.fileName(),
            b.loadedAt().toString(), b.loadedBy())).toList(), r.text(Pounds::inSentence));
  }

  private static Terms terms(YearTerms t) {
    return new Terms(t.forecastMethod().name(), t.underspend() == null ? null : t.underspend().name(),
        pct(t.amberPct()), pct(t.redPct()), pct(t.notifyPct()));
  }

  private static Scheme scheme(IncomeExpenditure.Scheme s) {
    return new Scheme(s.code(), s.name(), s.careType(), s.funder(), s.riskClass().name(), money(s.budget()),
        money(s.budgetToDate()), money(s.actualToDate()), money(s.varianceToDate()), money(s.forecast()),
        s.basis().name(), s.carriedFrom() == null ? null : s.carriedFrom().toString(), s.basis().name(),
        money(s.variance()), oneDecimal(s.variancePct()), s.rating().name(), money(s.previousForecast()),
        money(s.movement()));
  }

  private static Pool pool(IncomeExpenditure.Pool p) {
    return new Pool(money(p.contributions()), money(p.budget()), money(p.actualToDate()), money(p.forecast()),
        money(p.overspend()), oneDecimal(p.variancePct()), p.rating().name(), money(p.shareable()),
        money(p.previousForecast()), money(p.movement()));
  }

  private static Share share(IncomeExpenditure.RiskShare r) {
    return new Share(r.organisation(), money(r.amount()),
        r.parts().stream().map(p -> new Part(p.source(), money(p.amount()))).toList(),
        money(r.ownSchemesVariance()), money(r.shareOfBudgetGap()));
  }

  private static Step step(IncomeExpenditure.Step s) {
    return new Step(s.number(), s.rule().name(), s.source(), s.party(), pct(s.percent()), money(s.amount()),
        money(s.limit()), money(s.remainingBefore()), money(s.taken()), money(s.remainingAfter()),
        s.borne().stream().map(b -> new Borne(b.organisation(), money(b.amount()), money(b.share()), money(b.cap())))
            .toList());
  }

  private static Reserves reserves(IncomeExpenditure.Reserves r) {
    return new Reserves(money(r.opening()), money(r.drawn()), money(r.underspendAdded()), money(r.closing()),
        money(r.ringFencedCarriedForward()));
  }

  /** The forecast notes (year-end forecast ignored, forecast below actual) first, then the data's, then key variances without commentary. */
  static List<String> notes(IncomeExpenditure f, DataQuality q) {
    List<String> notes = new ArrayList<>();
    f.forecastNotes().forEach(n -> notes.add(n.text(Pounds::inSentence)));
    notes.addAll(q.notes(Pounds::inSentence));
    f.keyVariances().stream().filter(k -> !k.explained()).forEach(k -> notes.add(k.missingCommentaryNote(f.month())));
    return notes;
  }

  private static Quality quality(DataQuality q) {
    return new Quality(
        q.schemeGaps().stream().map(g -> new Gap(g.scheme(), g.missing().stream().map(Object::toString).toList()))
            .toList(),
        new Unmapped(q.unmappedLines(), money(q.unmappedAmount())),
        q.lastLoaded().stream().map(l -> new Loaded(l.organisation(), l.lastMonth().toString(),
            q.behind().contains(l))).toList());
  }

  private static String money(BigDecimal amount) {
    return amount == null ? null : amount.setScale(2).toPlainString();
  }

  private static String oneDecimal(BigDecimal pct) {
    return pct == null ? null : pct.setScale(1).toPlainString();
  }

  /** A percentage as loaded, without trailing zeros: "4", "2.5". */
  private static String pct(BigDecimal pct) {
    return pct == null ? null : pct.stripTrailingZeros().toPlainString();
  }
}
