package org.carepool.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.carepool.dashboard.ArrangementDetail;
import org.carepool.finance.IncomeExpenditure;
import org.carepool.finance.IncomeExpenditureStatement;
import org.carepool.finance.Pounds;
import org.carepool.indicators.Direction;
import org.carepool.indicators.Figures;
import org.carepool.indicators.KpiFigure;
import org.carepool.indicators.Rating;
import org.carepool.report.ReportId;

/**
 * An arrangement's page and the cards' KPIs in words, for {@code arrangement.jte} and its parts: each
 * figure's {@code data-value} written as the JSON API writes it (so that a test can hold the page to
 * the API), and its text as people read it; a rating or a direction never by colour or arrow alone.
 */
final class DetailText {
  /** The reports of one arrangement an arrangement's page offers for download. */
  private static final List<ReportId> REPORTS = List.of(ReportId.INCOME_EXPENDITURE, ReportId.PERFORMANCE);

  /** A report's downloads: a link for each format it comes in, and its JSON. */
  record Download(String report, String title, List<Link> links) {}

  /** {@code format}: "PDF", "XLSX", "CSV" or "JSON". */
  record Link(String format, String href) {}

  private DetailText() {}

  /** As the I&amp;E JSON writes money: two decimals, plain; "" for none. */
  static String money(BigDecimal amount) {
    return amount == null ? "" : amount.setScale(2).toPlainString();
  }

  /** As the I&amp;E JSON writes a percentage: one decimal; "" for none. */
  static String pct(BigDecimal pct) {
    return pct == null ? "" : pct.setScale(1).toPlainString();
  }

  /** £ with separators, or a dash for none ("–" before the year's first close). */
  static String pounds(BigDecimal amount) {
    return amount == null ? "–" : Html.pounds(amount);
  }

  /** "4.3%", "−1.3%" (the minus sign that {@link Html#pounds} writes), or a dash for none. */
  static String percent(BigDecimal pct) {
    return pct == null ? "–" : pct.setScale(1).toPlainString().replace('-', '\u2212') + "%";
  }

  /** "Overspend £20,000.00", "Underspend …" or "On budget". */
  static String variance(BigDecimal variance) {
    return variance.signum() == 0 ? "On budget"
        : (variance.signum() > 0 ? "Overspend " : "Underspend ") + Html.pounds(variance.abs());
  }

  /** A scheme's variance to date under its actual: "£5,000.00 over budget to date", "… under …", or on budget. */
  static String toDate(BigDecimal variance) {
    return variance.signum() == 0 ? "on budget to date"
        : Html.pounds(variance.abs()) + (variance.signum() > 0 ? " over" : " under") + " budget to date";
  }

  /** "Up £5,000.00", "Down …", "No change", or a dash before the year's first close. */
  static String movement(BigDecimal movement) {
    if (movement == null) {
      return "–";
    }
    return movement.signum() == 0 ? "No change"
        : (movement.signum() > 0 ? "Up " : "Down ") + Html.pounds(movement.abs());
  }

  static String organisation(IncomeExpenditureStatement statement, String code) {
    String name = statement.organisationNames().get(code);
    return name == null || name.equals(code) ? code : name + " (" + code + ")";
  }

  static String model(ArrangementDetail detail) {
    String model = detail.statement().figures().model().name().toLowerCase(java.util.Locale.UK).replace('_', ' ');
    return Character.toUpperCase(model.charAt(0)) + model.substring(1);
  }

  static List<String> notices(IncomeExpenditure figures) {
    return figures.noticeTexts(Pounds::inSentence);
  }

  static String close(ArrangementDetail detail) {
    return ReportPages.close(detail.statement(), shortMonth(detail.month()));
  }

  static String shareCaption(ArrangementDetail detail) {
    return ReportPages.shareCaption(detail.statement());
  }

  /** The I&amp;E's notes as its JSON lists them, then the performance report's. */
  static List<String> notes(ArrangementDetail detail) {
    var statement = detail.statement();
    return java.util.stream.Stream.concat(
        IncomeExpenditureJson.notes(statement.figures(), statement.dataQuality()).stream(),
        detail.performance().notes().stream()).toList();
  }

  /** Where a risk-share part came from, in words: "STEP 2 FIRST" is "step 2 (first)". */
  static String source(IncomeExpenditure.Part part) {
    String source = part.source();
    if (source.startsWith("STEP ")) {
      String[] words = source.split(" ");
      return "Step " + words[1] + " (" + words[2].toLowerCase(java.util.Locale.UK) + ")";
    }
    return switch (source) {
      case "RULE" -> "The risk-share rule";
      case "FIXED" -> "Fixed schemes";
      case "UNDERSPEND" -> "The underspend term";
      default -> source;
    };
  }

  /** A step's rule in words: "Pool reserve", "First call on Council (LA), up to 2.0% of contributions", … */
  static String step(IncomeExpenditureStatement statement, IncomeExpenditure.Step step) {
    String limit = step.percent() != null ? step.percent().stripTrailingZeros().toPlainString() + "%"
        : step.amount() != null ? Html.pounds(step.amount()) : null;
    return switch (step.rule()) {
      case RESERVE -> "Pool reserve" + (step.amount() == null ? "" : ", up to " + limit);
      case FIRST -> "First call on " + organisation(statement, step.party())
          + (limit == null ? "" : ", up to " + limit + (step.percent() != null ? " of contributions" : ""));
      case SHARES -> "Shared by contribution"
          + (step.percent() == null ? "" : ", each partner capped at " + limit + " of its own contribution");
      case REST -> "The rest, to " + organisation(statement, step.party());
    };
  }

  /** Who bore what a step took: "Council (LA) £12,000.00; NHS (CCG) £8,000.00", or the reserve. */
  static String borne(IncomeExpenditureStatement statement, IncomeExpenditure.Step step) {
    if (step.borne().isEmpty()) {
      return step.rule() == org.carepool.finance.StepRule.RESERVE && step.taken().signum() != 0 ? "The pool reserve" : "–";
    }
    return step.borne().stream().map(b -> organisation(statement, b.organisation()) + " " + Html.pounds(b.amount()))
        .collect(Collectors.joining("; "));
  }

  static String reasons(IncomeExpenditure.KeyVariance k) {
    return k.reasons().stream().map(r -> switch (r) {
      case "RED" -> "rated red";
      case "AMBER" -> "rated amber";
      case "MOVEMENT" -> "moved since the last close";
      default -> r.toLowerCase(java.util.Locale.UK);
    }).collect(Collectors.joining(", "));
  }

  static String basis(IncomeExpenditure.Scheme scheme) {
    return switch (scheme.basis()) {
      case OUTTURN -> "outturn";
      case ANALYST -> "analyst's forecast";
      case CARRIED_FORWARD -> "analyst's forecast of " + shortMonth(scheme.carriedFrom());
      case RUN_RATE -> "run rate";
      case BUDGET -> "actual plus remaining budget";
    };
  }

  static String shortMonth(YearMonth month) {
    return DashboardText.shortMonth(month);
  }

  // KPIs

  /** As the performance JSON writes a KPI's figure: its decimals; "" for none. */
  static String kpi(BigDecimal value, int decimals) {
    return value == null ? "" : Figures.text(value, decimals);
  }

  /** "104.0 per 1,000", "82.1%"; a dash for none. */
  static String kpiValue(BigDecimal value, KpiFigure kpi) {
    if (value == null) {
      return "–";
    }
    String shown = Figures.text(value, kpi.decimals());
    return kpi.unit() == null || kpi.unit().isBlank() ? shown
        : "%".equals(kpi.unit()) ? shown + "%" : shown + " " + kpi.unit();
  }

  /** The figure alone, for a table whose caption gives the unit; a dash for none. */
  static String kpiNumber(BigDecimal value, KpiFigure kpi) {
    return value == null ? "–" : Figures.text(value, kpi.decimals());
  }

  static String name(Enum<?> value) {
    return value == null ? "" : value.name();
  }

  static String kpiRating(Rating rating) {
    if (rating == null) {
      return "Not rated";
    }
    return switch (rating) {
      case GREEN -> "Green: target met";
      case AMBER -> "Amber: within 5% of target";
      case RED -> "Red: off target";
    };
  }

  /** Why a KPI is not rated; null when it is. */
  static String unrated(KpiFigure kpi) {
    if (kpi.rating() != null) {
      return null;
    }
    return kpi.actual() == null ? "no value yet" : "no target for the year";
  }

  /**
   * Which way the value went: up or down, whichever is better for this KPI (the words say which),
   * "→" unchanged, "–" with nothing to compare.
   */
  static String arrow(Direction direction, KpiFigure kpi) {
    if (direction == null) {
      return "–";
    }
    if (direction == Direction.UNCHANGED) {
      return "→";
    }
    boolean rose = (direction == Direction.IMPROVED) == (kpi.better() == Rating.Better.HIGHER);
    return rose ? "↑" : "↓";
  }

  /** "up, better than the month before"; "no change on the same month last year"; "nothing to compare with …". */
  static String travel(Direction direction, KpiFigure kpi, boolean lastYear) {
    return travel(direction, kpi, lastYear ? "the same month last year" : "the month before");
  }

  /** The same, shorter for a card: "down, better than last month", "up, worse than a year ago". */
  static String travelShort(Direction direction, KpiFigure kpi, boolean lastYear) {
    return travel(direction, kpi, lastYear ? "a year ago" : "last month");
  }

  private static String travel(Direction direction, KpiFigure kpi, String against) {
    if (direction == null) {
      return "nothing to compare with " + against;
    }
    return switch (direction) {
      case UNCHANGED -> "no change on " + against;
      case IMPROVED, WORSENED -> ("↑".equals(arrow(direction, kpi)) ? "up, " : "down, ") + direction.words()
          + " than " + against;
    };
  }

  /** Each month's value in words, for a chart's title: "Apr 98.1, May 99.0, …". */
  static String series(List<KpiFigure.Point> points, int decimals) {
    return points.stream().filter(p -> p.value() != null).map(p -> p.month().getMonth().getDisplayName(
        java.time.format.TextStyle.SHORT, java.util.Locale.UK) + " " + Figures.text(p.value(), decimals))
        .collect(Collectors.joining(", "));
  }

  /** The value of a series at a month's place (April 0); null past its end or without a value. */
  static BigDecimal at(List<KpiFigure.Point> points, int index) {
    return index < points.size() ? points.get(index).value() : null;
  }

  /** The year before, e.g. "2024-25" for 2025-26. */
  static String lastYear(org.carepool.finance.FinancialYear year) {
    return new org.carepool.finance.FinancialYear(year.startYear() - 1).label();
  }

  /** The month of the financial year at a place (April 0), e.g. "October". */
  static String monthAt(int index) {
    return java.time.Month.APRIL.plus(index).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK);
  }

  /** A KPI's unit for a caption: " (per 1,000)", or nothing when it has none. */
  static String unit(KpiFigure kpi) {
    return kpi.unit() == null || kpi.unit().isBlank() ? "" : " (" + kpi.unit() + ")";
  }

  // Links

  static List<Download> downloads(ArrangementDetail detail) {
    return REPORTS.stream().map(r -> new Download(r.id(), r.title(), java.util.stream.Stream.concat(
        r.formats().stream().sorted().map(f -> new Link(f.extension().toUpperCase(java.util.Locale.UK),
            fileLink(detail, r.id(), f.extension()))),
        java.util.stream.Stream.of(new Link("JSON", jsonLink(detail, r.id())))).toList())).toList();
  }

  static String fileLink(ArrangementDetail detail, String report, String format) {
    return Links.file(report, detail.arrangement().code(), detail.month(), format);
  }

  static String jsonLink(ArrangementDetail detail, String report) {
    return Links.json(report, detail.arrangement().code(), detail.month());
  }

  static String detailLink(String code) {
    return Links.arrangement(code);
  }
}
