package org.carepool.report;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.carepool.finance.DataQuality;
import org.carepool.finance.Reported;

/**
 * What a pack rests on, in words a board member reads (issue 11): each partner's spend to which
 * month, and when each kind of data was last loaded ("Spend: ICB to October 2026, LA to October
 * 2026; last loaded 5 Nov 2026"). The batch numbers stay available as a footnote.
 */
final class DataSources {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)
      .withZone(ReportContext.LONDON);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  /** Import batch entities (ingest's file kinds) in the words and order a cover lists them; the rest are reference data. */
  private static final Map<String, String> KINDS = kinds();

  private DataSources() {}

  /** The sentences for the sections produced and the batches they rest on. */
  static List<String> of(List<PackSection> sections, List<Reported.Batch> batches) {
    Map<String, Instant> lastLoaded = new LinkedHashMap<>();
    KINDS.values().forEach(words -> lastLoaded.put(words, null));
    for (Reported.Batch b : batches) {
      lastLoaded.merge(KINDS.getOrDefault(b.entity(), "Reference data (partners, arrangements, schemes)"),
          b.loadedAt(), (a, c) -> a == null || c.isAfter(a) ? c : a);
    }
    List<String> lines = new ArrayList<>();
    lastLoaded.forEach((words, when) -> {
      if (words.equals("Spend")) {
        spend(sections, when).ifPresent(lines::add);
      } else if (when != null) {
        lines.add(words + ": last loaded " + DAY.format(when) + ".");
      }
    });
    return lines;
  }

  /** Each recording partner's spend to the earliest month it is loaded to across the pack's arrangements. */
  private static java.util.Optional<String> spend(List<PackSection> sections, Instant when) {
    Map<String, YearMonth> to = new TreeMap<>();
    sections.stream().filter(PackSection::produced).map(PackSection::data)
        .filter(IncomeExpenditureReport.class::isInstance).map(d -> ((IncomeExpenditureReport) d).dataQuality())
        .map(DataQuality::lastLoaded).flatMap(List::stream)
        .forEach(l -> to.merge(l.organisation(), l.lastMonth(), (a, b) -> a.isBefore(b) ? a : b));
    if (to.isEmpty() && when == null) {
      return java.util.Optional.empty();
    }
    String partners = String.join(", ", to.entrySet().stream()
        .map(e -> e.getKey() + " to " + MONTH.format(e.getValue())).toList());
    return java.util.Optional.of("Spend: " + (partners.isEmpty() ? "none recorded" : partners)
        + (when == null ? "." : "; last loaded " + DAY.format(when) + "."));
  }

  private static Map<String, String> kinds() {
    Map<String, String> kinds = new LinkedHashMap<>();
    kinds.put("spend", "Spend");
    kinds.put("forecast", "Forecasts");
    kinds.put("commentary", "Finance leads' commentary");
    kinds.put("budget", "Budgets and contributions");
    kinds.put("contribution", "Budgets and contributions");
    kinds.put("agreement_terms", "Risk-sharing agreement (terms, steps, reserves)");
    kinds.put("risk_step", "Risk-sharing agreement (terms, steps, reserves)");
    kinds.put("pool_reserve", "Risk-sharing agreement (terms, steps, reserves)");
    kinds.put("activity", "Activity (hospital and care records)");
    kinds.put("population", "Population estimates");
    kinds.put("kpi_actual", "KPI actuals");
    kinds.put("kpi_target", "KPI targets");
    return kinds;
  }
}
