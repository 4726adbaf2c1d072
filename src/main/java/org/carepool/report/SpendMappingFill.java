package org.carepool.report;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import net.sf.jasperreports.engine.JRParameter;
import org.carepool.finance.FinancialYear;
import org.carepool.indicators.Figures;
import org.carepool.indicators.Mapping;

/** The sections of {@code spend-mapping.jrxml} (also the CSV's tables); figures rounded by {@link Figures#display}. */
final class SpendMappingFill {
  private static final DateTimeFormatter PRODUCED = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm z",
      IncomeExpenditureFill.UK);
  private static final String MONEY = "#,##0.00;(#,##0.00)";
  /** Whole pounds for large totals, so that tens of millions fit a column; the CSV keeps the pence. */
  private static final String POUNDS = "#,##0;(#,##0)";
  private static final String COUNT = "#,##0";
  private static final String RATE = "#,##0.00";

  /** One table: headings of the two text columns and of the figures, one pattern per figure. */
  record Section(String title, String note, List<String> headers, List<String> patterns, List<Line> lines,
      boolean chart) {}

  record Line(String a, String b, List<BigDecimal> n) {}

  private SpendMappingFill() {
  }

  static Map<String, Object> parameters(SpendMappingReport report, Templates templates) {
    ReportContext c = report.context();
    Mapping m = report.mapping();
    Map<String, Object> p = new HashMap<>();
    p.put("BOARD", m.board());
    p.put("BOARD_NAME", m.boardName());
    p.put("FINANCIAL_YEAR", m.year().label());
    p.put("MONTH_LABEL", c.monthLabel());
    p.put("PERIOD", m.months().isEmpty() ? "no activity loaded" : m.months().size() + " month(s) loaded, "
        + FinancialYear.displayMonth(m.months().get(0)).replaceAll("^Month \\d+ \\((.*)\\)$", "$1") + " to "
        + FinancialYear.displayMonth(m.months().get(m.months().size() - 1)).replaceAll("^Month \\d+ \\((.*)\\)$", "$1")
        + " (" + m.days() + " days)");
    p.put("POPULATION", String.format(IncomeExpenditureFill.UK, "%,d people (%s, %d mid-year)",
        m.population().longValue(), m.localities().isEmpty() ? "every locality" : String.join(", ", m.localities()),
        m.year().startYear()));
    p.put("HEADLINE", String.format(IncomeExpenditureFill.UK, "Activity cost %s, %s per head; %s%% in institutional "
        + "settings. Costs and per-head figures cover the months loaded, not a full year.",
        Wording.money(Figures.display(m.cost())), Wording.money(orZero(Figures.display(m.perCapita()))),
        Figures.text(m.balance().institutionalShare())));
    p.put("PRODUCED_AT", PRODUCED.format(c.producedAt()));
    p.put("IMPORT_BATCHES", Wording.batches(c.importBatches()));
    p.put("TABLE_REPORT", templates.get("mapping-table"));
    p.put(JRParameter.REPORT_LOCALE, IncomeExpenditureFill.UK);
    p.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(ReportContext.LONDON));
    return p;
  }

  /** Above this many practices the PDF shows only the {@value #RANKED} highest and lowest cost per head. */
  static final int RANKED = 10;

  /**
   * The report's records: one map per section. {@code everyPractice} false (the PDF) keeps the
   * practice table to a fixed size when there are more than 2 × {@value #RANKED} practices; the
   * XLSX and CSV pass true and list every practice.
   */
  static List<Map<String, ?>> records(Mapping m, boolean everyPractice) {
    return sections(m, everyPractice).stream().map(SpendMappingFill::record).toList();
  }

  /** Every section with every practice (the CSV, the XLSX). */
  static List<Section> sections(Mapping m) {
    return sections(m, true);
  }

  static List<Section> sections(Mapping m, boolean everyPractice) {
    Mapping.Balance b = m.balance();
    return List.of(
        new Section("Cost per head by locality, with the age-sex standardised cost ratio",
            "Expected cost: the locality's population in each age band and sex × the whole area's cost per head in "
                + "that band and sex. Ratio = actual ÷ expected × 100 (indirect standardisation; 100 = the area).",
            List.of("Locality", "Code", "Population", "Cost (£)", "Per head (£)", "Expected (£)", "Ratio"),
            List.of(COUNT, POUNDS, MONEY, POUNDS, RATE),
            m.byLocality().stream().map(a -> line(a.name(), a.code(), a.population(), a.cost(), a.perCapita(),
                a.expected(), a.standardisedRatio())).toList(), true),
        new Section("Cost by setting", "Balance of care per SPEC §1: acute, community hospital, mental health "
            + "inpatient and care home are institutional; the rest community.",
            List.of("Setting", "Balance", "Cost (£)", "Share %", "Per head (£)"), List.of(POUNDS, RATE, MONEY),
            m.bySetting().stream().map(s -> line(s.setting(), s.balance(), s.cost(), s.share(), s.perCapita()))
                .toList(), false),
        new Section("Balance of care", "Care home to home care cost ratio, people aged 75+: "
            + (b.careHomeToHomeCare75() == null ? "no home care cost" : Figures.text(b.careHomeToHomeCare75()) + " : 1")
            + ".", List.of("People", "", "Institutional (£)", "Community (£)", "Institutional %", "Care home (£)",
                "Home care (£)"), List.of(POUNDS, POUNDS, RATE, POUNDS, POUNDS),
            List.of(line("All ages", "", b.institutional(), b.community(), b.institutionalShare(), null, null),
                line("Aged 75+", "", b.institutional75(), b.community75(), b.institutionalShare75(), b.careHome75(),
                    b.homeCare75())), false),
        new Section("Cost per head by age band and sex", null,
            List.of("Age band", "Sex", "Population", "Cost (£)", "Per head (£)"), List.of(COUNT, POUNDS, MONEY),
            m.byAgeSex().stream().map(a -> line(a.ageBand(), a.sex(), a.population(), a.cost(), a.perCapita()))
                .toList(), false),
        new Section("Hospital occupied bed days by site and specialty", "Equivalent beds = bed days ÷ (" + m.days()
            + " days × 85% occupancy); wards of 40 beds. Specialty '-': not recorded.",
            List.of("Site", "Specialty", "Episodes", "Bed days", "Beds at 85%", "40-bed wards"),
            List.of(COUNT, COUNT, RATE, RATE),
            m.beds().stream().map(d -> line(d.site(), d.specialty(), BigDecimal.valueOf(d.episodes()),
                BigDecimal.valueOf(d.bedDays()), d.beds85(), d.wards40())).toList(), false),
        practices(m.byPractice(), everyPractice));
  }

  /**
   * Cost per head by practice: every practice, or, when {@code everyPractice} is false and there are
   * more than 2 × {@value #RANKED}, the {@value #RANKED} highest and the {@value #RANKED} lowest
   * cost per head (highest first; ties by code), so the PDF stays the same length at any scale.
   * Practices without a cost per head (no population) are not ranked.
   */
  static Section practices(List<Mapping.Area> practices, boolean everyPractice) {
    List<String> headers = List.of("Practice", "Locality", "Population", "Cost (£)", "Per head (£)");
    List<String> patterns = List.of(COUNT, POUNDS, MONEY);
    if (everyPractice || practices.size() <= 2 * RANKED) {
      return new Section("Cost per head by practice", null, headers, patterns,
          practices.stream().map(SpendMappingFill::practice).toList(), false);
    }
    List<Mapping.Area> ranked = practices.stream().filter(a -> a.perCapita() != null)
        .sorted(Comparator.comparing(Mapping.Area::perCapita).reversed().thenComparing(Mapping.Area::code))
        .toList();
    List<Line> lines = new ArrayList<>();
    if (ranked.size() <= 2 * RANKED) {
      ranked.forEach(a -> lines.add(practice(a)));
    } else {
      ranked.subList(0, RANKED).forEach(a -> lines.add(practice(a)));
      lines.add(line(String.format(IncomeExpenditureFill.UK, "… %,d practices between …",
          ranked.size() - 2 * RANKED), ""));
      ranked.subList(ranked.size() - RANKED, ranked.size()).forEach(a -> lines.add(practice(a)));
    }
    int unranked = practices.size() - ranked.size();
    return new Section(String.format(IncomeExpenditureFill.UK,
        "Practices: the %d highest and %d lowest cost per head of %,d practices", RANKED, RANKED, practices.size()),
        "Highest cost per head first. Every practice is in the XLSX and CSV downloads of this report."
            + (unranked == 0 ? "" : " " + unranked + " practice(s) without a population are not ranked."),
        headers, patterns, lines, false);
  }

  private static Line practice(Mapping.Area a) {
    return line(a.code() + " " + a.name(), a.locality(), a.population(), a.cost(), a.perCapita());
  }

  private static Map<String, ?> record(Section s) {
    Map<String, Object> r = new HashMap<>();
    List<String> headers = new ArrayList<>(s.headers());
    while (headers.size() < 7) {
      headers.add(null);
    }
    List<String> patterns = new ArrayList<>(s.patterns());
    while (patterns.size() < 5) {
      patterns.add(RATE);
    }
    r.put("title", s.title());
    r.put("note", s.note());
    r.put("headers", headers);
    r.put("patterns", patterns);
    r.put("chart", s.chart());
    r.put("rows", s.lines().stream().map(l -> {
      Map<String, Object> row = new HashMap<>();
      row.put("a", l.a());
      row.put("b", l.b());
      for (int i = 0; i < l.n().size(); i++) {
        row.put("n" + (i + 1), Figures.display(l.n().get(i)));
      }
      return row;
    }).toList());
    return r;
  }

  private static Line line(String a, String b, BigDecimal... n) {
    return new Line(a, b, Arrays.asList(n));
  }

  private static BigDecimal orZero(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }
}
