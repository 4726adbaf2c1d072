package org.carepool.finance;

import org.carepool.text.Sentences;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Where the data behind an I&amp;E statement is thin (SPEC §6 data-quality notes): schemes with
 * months of no spend, spend without a locality, and how far each recording organisation's spend
 * is loaded. The sentences are worded here, once, for every format; money in them is written by
 * the caller's formatter, so each format keeps its own convention for negatives.
 *
 * @param asAt               the report month
 * @param schemeGaps         schemes with no spend in some months of the year to date, in code order
 * @param unmappedLines      spend lines of the year to date without a locality
 * @param unmappedAmount     their total (negative when credits outweigh charges)
 * @param lastLoaded         per recording organisation (code order), the last month its spend is loaded to,
 *                           counting organisations that recorded spend in the 12 months to the report month
 */
public record DataQuality(YearMonth asAt, List<SchemeGap> schemeGaps, long unmappedLines, BigDecimal unmappedAmount,
    List<Loaded> lastLoaded) {

  public DataQuality {
    Objects.requireNonNull(asAt, "asAt");
    Objects.requireNonNull(unmappedAmount, "unmappedAmount");
    schemeGaps = List.copyOf(schemeGaps);
    lastLoaded = List.copyOf(lastLoaded);
  }

  /** A scheme with no spend recorded in {@code missing} of the {@code monthsToDate} months of the year to date. */
  public record SchemeGap(String scheme, String name, int monthsToDate, List<YearMonth> missing) {
    public SchemeGap {
      missing = List.copyOf(missing);
    }
  }

  /** A recording organisation and the last month of spend it has loaded, up to the report month. */
  public record Loaded(String organisation, YearMonth lastMonth) {}

  /** The recording organisations whose spend stops before the report month. */
  public List<Loaded> behind() {
    return lastLoaded.stream().filter(l -> l.lastMonth().isBefore(asAt)).toList();
  }

  /**
   * The warning a reader must see before any figure when some spend for the report month is not
   * loaded (or none at all for a year): run-rate forecasts then count the missing months as no
   * spend. Empty when every recording organisation is loaded to the report month.
   */
  public String warning() {
    if (lastLoaded.isEmpty()) {
      return schemeGaps.isEmpty() ? "" : "No spend is loaded for " + FinancialYear.displayMonth(asAt)
          + " or the 11 months before it. Forecasts made from the run rate are therefore nil: they understate the "
          + "outturn and overstate any underspend.";
    }
    List<Loaded> behind = behind();
    if (behind.isEmpty()) {
      return "";
    }
    Map<YearMonth, List<String>> byMonth = new TreeMap<>();
    behind.forEach(l -> byMonth.computeIfAbsent(l.lastMonth(), m -> new ArrayList<>()).add(l.organisation()));
    List<String> who = new ArrayList<>();
    byMonth.forEach((month, organisations) -> who.add(Sentences.and(organisations) + " only to "
        + FinancialYear.displayMonth(month)));
    return "Spend for " + FinancialYear.displayMonth(asAt) + " is not loaded for every recording organisation. "
        + "Spend is loaded for " + Sentences.and(who) + ". Forecasts made from the run rate count the missing months "
        + "as no spend, so they understate the outturn and overstate any underspend.";
  }

  /** Every note as a sentence; {@code money} writes an amount as the format shows money. */
  public List<String> notes(Function<BigDecimal, String> money) {
    List<String> notes = new ArrayList<>();
    // schemes missing the same months (most often: a partner's spend not yet loaded) share one note
    Map<List<YearMonth>, List<SchemeGap>> byMonths = new LinkedHashMap<>();
    schemeGaps.forEach(gap -> byMonths.computeIfAbsent(gap.missing(), m -> new ArrayList<>()).add(gap));
    byMonths.values().forEach(gaps -> notes.add(gapNote(gaps)));
    if (unmappedLines > 0) {
      String lines = unmappedLines == 1 ? "1 spend line" : unmappedLines + " spend lines";
      notes.add(lines + " of the year to date, " + money.apply(unmappedAmount) + " in all, "
          + (unmappedLines == 1 ? "has" : "have") + " no locality, so "
          + (unmappedLines == 1 ? "it is" : "they are") + " not mapped to a population.");
    }
    List<String> upToDate = lastLoaded.stream().filter(l -> l.lastMonth().equals(asAt))
        .map(Loaded::organisation).toList();
    if (!upToDate.isEmpty()) {
      notes.add("Spend is loaded to the report month, " + FinancialYear.displayMonth(asAt) + ", for "
          + Sentences.and(upToDate) + ".");
    }
    for (Loaded late : behind()) {
      notes.add("Spend recorded by " + late.organisation() + " is loaded only to "
          + FinancialYear.displayMonth(late.lastMonth()) + ", " + Months.count(monthsBetween(late.lastMonth(), asAt))
          + " behind the report month.");
    }
    return notes;
  }

  private static String gapNote(List<SchemeGap> gaps) {
    SchemeGap gap = gaps.get(0);
    int missing = gap.missing().size();
    String months = Months.ranges(gap.missing());
    String schemes = gaps.size() == 1 ? "Scheme " + gap.scheme() + " " + gap.name()
        : "Schemes " + Sentences.and(gaps.stream().map(SchemeGap::scheme).toList());
    if (gap.monthsToDate() == 1) {
      return schemes + ": no spend recorded for " + months + ", the only month to date.";
    }
    if (missing == gap.monthsToDate()) {
      return schemes + ": no spend recorded in any of the " + missing + " months to date (" + months + ").";
    }
    return schemes + ": no spend recorded for " + months + " (" + missing + " of the " + gap.monthsToDate()
        + " months to date).";
  }

  private static int monthsBetween(YearMonth from, YearMonth to) {
    return (int) from.until(to, java.time.temporal.ChronoUnit.MONTHS);
  }
}
