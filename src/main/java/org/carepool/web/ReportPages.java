package org.carepool.web;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.Collectors;
import org.carepool.arrangement.ArrangementSummary;
import org.carepool.finance.IncomeExpenditure;
import org.carepool.finance.IncomeExpenditureStatement;
import org.carepool.finance.Pounds;
import org.carepool.report.BoardPackRequest;
import org.carepool.report.Format;
import org.carepool.report.ReportId;

/**
 * What the Reports page shows: the chooser and the I&amp;E headline. Each report option carries
 * the formats it comes in and each arrangement its latest month with spend, for
 * /assets/carepool.js; without the script the server still refuses a format a report lacks.
 */
final class ReportPages {
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  private ReportPages() {}

  /** A choice of the chooser: a report, or the board pack. */
  record Choice(String id, String title, boolean boardWide, Set<Format> formats) {
    String scope() {
      return boardWide ? "board" : "arrangement";
    }

    String extensions() {
      return ids(formats);
    }
  }

  /** What {@code chooser.jte} shows: every choice, the one chosen, and what was chosen before for each field. */
  record Chooser(List<Choice> choices, Choice report, List<ArrangementSummary> arrangements, Map<String, YearMonth> latest,
      String arrangement, List<String> boards, String board, String format, String hint, String month) {}

  /** What {@code headline.jte} shows. */
  /** @param close whether the month is closed and, if so, whether restated since (SPEC §4.9), in a sentence */
  record Headline(IncomeExpenditureStatement statement, String month, String model, List<String> notices, String caption,
      String close) {
    boolean restated() {
      return statement.reported() != null && statement.reported().restated();
    }
  }

  /** Whether the month is closed and, when it is, whether its figures were restated since (SPEC §4.9). */
  static String close(IncomeExpenditureStatement statement, String month) {
    org.carepool.finance.Reported reported = statement.reported();
    if (reported == null) {
      return month + " is not closed: the figures may still change.";
    }
    return "Closed. " + (reported.restated() ? "Restated since: " : "") + reported.text(Pounds::inSentence);
  }

  private static final List<Choice> CHOICES = Stream.concat(
      Arrays.stream(ReportId.values()).map(r -> new Choice(r.id(), r.title(), r.boardWide(), r.formats())),
      Stream.of(new Choice(BoardPackRequest.ID, "Board pack", true, BoardPackRequest.FORMATS))).toList();

  static String ids() {
    return CHOICES.stream().map(Choice::id).collect(Collectors.joining(", "));
  }

  static boolean known(String id) {
    return CHOICES.stream().anyMatch(c -> c.id().equals(id));
  }

  /** The format of the extension as the page and the API spell it ({@code pdf}, {@code xlsx}, {@code csv}). */
  static Optional<Format> format(String extension) {
    return Arrays.stream(Format.values()).filter(f -> f.extension().equals(extension)).findFirst();
  }

  static String chooser(Context ctx, List<ArrangementSummary> arrangements, Map<String, YearMonth> latest) {
    Choice report = CHOICES.stream().filter(c -> c.id().equals(ctx.queryParam("report"))).findFirst().orElse(CHOICES.get(0));
    List<String> boards = arrangements.stream().map(ArrangementSummary::board).distinct().sorted().toList();
    String format = format(Objects.toString(ctx.queryParam("format"), "")).filter(report.formats()::contains)
        .orElse(Format.PDF).extension();
    YearMonth newest = latest.values().stream().max(YearMonth::compareTo).orElse(null);
    String month = Objects.toString(ctx.queryParam("month"), newest == null ? "" : newest.toString());
    String hint = newest == null ? "No spend is loaded yet." : "Spend is loaded up to " + MONTH.format(newest) + ".";
    var chooser = new Chooser(CHOICES, report, arrangements, latest, ctx.queryParam("arrangement"), boards,
        Objects.toString(ctx.queryParam("board"), ""), format, hint, month);
    return Page.part(ctx, "chooser.jte", Map.of("c", chooser));
  }

  static String headline(Context ctx, IncomeExpenditureStatement statement, YearMonth month) {
    IncomeExpenditure figures = statement.figures();
    String caption = shareCaption(statement);
    var headline = new Headline(statement, MONTH.format(month), figures.model().name().toLowerCase(Locale.UK).replace('_', ' '),
        figures.noticeTexts(Pounds::inSentence), caption, close(statement, MONTH.format(month)));
    return Page.part(ctx, "headline.jte", Map.of("h", headline));
  }

  /** What the statement's partner amounts are (see below). */
  static String shareCaption(IncomeExpenditureStatement statement) {
    IncomeExpenditure figures = statement.figures();
    return shareCaption(figures.model().name(), statement.terms().riskShare().name(),
        figures.riskShareBasis().name(), underspendTerm(figures), figures.pool().shareable());
  }

  /**
   * What the partner amounts are: shares of an overspend (by rule or by the agreement's steps) or of
   * an underspend (by rule or by the year's underspend term), or each partner's own variance.
   */
  static String shareCaption(String model, String riskShareRule, String riskShareBasis, String underspendTerm,
      BigDecimal shareable) {
    if ("RULE".equals(riskShareBasis) && "OWN".equals(riskShareRule)) {
      return "ALIGNED".equals(model)
          ? "Each partner's own variance (aligned budgets: each carries its own schemes; negative: underspend)"
          : "Each partner's own variance (risk share OWN: the schemes each funds; negative: underspend)";
    }
    String how = switch (riskShareBasis) {
      case "STEPS" -> "by the agreement's steps";
      case "UNDERSPEND" -> switch (String.valueOf(underspendTerm)) {
        case "RESERVE" -> "all to the pool reserve";
        case "HOST" -> "all to the host";
        default -> "returned by agreed shares";
      };
      default -> "HOST".equals(riskShareRule) ? "all to the host" : "by agreed shares";
    };
    return switch (shareable.signum()) {
      case 1 -> "Who carries the overspend (" + how + ")";
      case -1 -> "Who keeps the underspend (" + how + ("RESERVE".equals(underspendTerm) ? ")" : "; shown negative)");
      default -> "Risk share (" + how + "): the pool is on budget";
    };
  }

  /** The year's underspend term as applied when the basis is UNDERSPEND (RETURN when none is set); otherwise null. */
  private static String underspendTerm(IncomeExpenditure figures) {
    if (figures.riskShareBasis() != IncomeExpenditure.RiskShareBasis.UNDERSPEND) {
      return null;
    }
    return figures.terms().underspend() == null ? "RETURN" : figures.terms().underspend().name();
  }

  private static String ids(Collection<Format> formats) {
    return formats.stream().map(Format::extension).collect(Collectors.joining(" "));
  }
}
