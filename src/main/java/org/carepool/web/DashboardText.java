package org.carepool.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.carepool.dashboard.DashboardView.Card;
import org.carepool.dashboard.DashboardView.PartnerSpend;
import org.carepool.finance.FinancialYear;
import org.carepool.finance.Rating;

/** The dashboard's figures in words and its links, for {@code home.jte}: the rating never by colour alone. */
final class DashboardText {
  private DashboardText() {}

  static String month(YearMonth month) {
    return month == null ? "none loaded" : FinancialYear.displayMonth(month);
  }

  static String when(java.time.ZonedDateTime at) {
    return Html.when(at.toInstant());
  }

  static String when(java.time.Instant at) {
    return Html.when(at);
  }

  /** "August 2025", for a narrow column. */
  static String shortMonth(YearMonth month) {
    return month == null ? "none loaded"
        : month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " " + month.getYear();
  }

  /** "Overspend £20,000.00 (2.0% of contributions)", "Underspend …" or "On budget". */
  static String variance(Card card) {
    String pct = card.variancePct() == null || card.variance().signum() == 0 ? ""
        : " (" + card.variancePct().abs().toPlainString() + "% of contributions)";
    return DetailText.variance(card.variance()) + pct;
  }

  /**
   * Why partners carry an overspend although the pool underspends: only when the shared schemes overspend
   * (their funders keep the fixed and ring-fenced schemes' underspends). Null otherwise.
   */
  static String sharedOverspend(Card card) {
    if (card.shareable() == null || card.shareable().signum() <= 0 || card.variance().signum() > 0) {
      return null;
    }
    return "The partners still share an overspend of " + Html.pounds(card.shareable()) + " on the shared schemes:"
        + " the underspends of fixed and ring-fenced schemes stay with their funders.";
  }

  static String rating(Rating rating) {
    return switch (rating) {
      case GREEN -> "Green: within tolerance";
      case AMBER -> "Amber: watch";
      case RED -> "Red: off track";
    };
  }

  /** "Forecast up £5,000.00 since the last closed month", or that no month is closed yet. */
  static String movement(Card card) {
    BigDecimal m = card.movement();
    if (m == null) {
      return "No month closed yet, so no movement to show.";
    }
    return m.signum() == 0 ? "Forecast unchanged since the last closed month."
        : "Forecast " + (m.signum() > 0 ? "up " : "down ") + Html.pounds(m.abs()) + " since the last closed month.";
  }

  /** "5 of 7 on target; 2 amber, 0 red; 1 not rated", counting what the card lists. */
  static String kpiCount(Card card) {
    long red = card.rated(org.carepool.indicators.Rating.RED);
    long amber = card.rated(org.carepool.indicators.Rating.AMBER);
    long green = card.rated(org.carepool.indicators.Rating.GREEN);
    long unrated = card.kpis().size() - red - amber - green;
    return green + " of " + card.kpis().size() + " on target; " + amber + " amber, " + red + " red"
        + (unrated == 0 ? "." : "; " + unrated + " not rated.");
  }

  static String status(PartnerSpend partner) {
    if (partner.lastSpend() == null) {
      return "Behind: no spend loaded";
    }
    int n = partner.monthsBehind();
    return n == 0 ? "Up to date" : "Behind: " + n + (n == 1 ? " month" : " months") + " behind the latest";
  }

  static String reportsLink(Card card) {
    return Links.reports(card.code(), card.month());
  }

  static String fileLink(Card card, String format) {
    return Links.file("income-expenditure", card.code(), card.month(), format);
  }

  static String jsonLink(Card card) {
    return Links.json("income-expenditure", card.code(), card.month());
  }
}
