package org.carepool.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.carepool.indicators.Figures;
import org.carepool.indicators.Mapping;

/**
 * The tables of the spend-mapping report, in reading order: the same for the PDF, the XLSX and the
 * CSV, except that the PDF lists only the highest and lowest practices once there are many. Costs
 * are in the report's {@link Units} (a board's PDF in £000s, each rounded from its exact pounds);
 * costs per head stay in pounds and pence, which £000s would round away.
 */
final class SpendMappingSections {
  static final String MONEY = "#,##0.00;(#,##0.00)";
  /** Whole pounds for large totals, so that tens of millions fit a column; the CSV keeps the pence. */
  static final String POUNDS = "#,##0;(#,##0)";
  static final String COUNT = "#,##0";
  static final String ONE_DECIMAL = "#,##0.0";
  static final String RATE = "#,##0.00";

  /** Up to this many practices the PDF lists every one; above it, the {@value #RANKED} highest and lowest. */
  static final int LISTED = 60;
  static final int RANKED = 10;

  /** One table: headings of the two text columns and of the figures, one pattern per figure. */
  record Section(String title, String note, List<String> headers, List<String> patterns, List<Line> lines,
      boolean chart) {}

  /** A row; {@code total} rows (subtotals and totals) are drawn in bold with a rule above. */
  record Line(String a, String b, List<BigDecimal> n, boolean total) {}

  private SpendMappingSections() {
  }

  static List<Section> of(Mapping m, boolean everyPractice, Units units) {
    return List.of(localities(m, units), settings(m, units), balance(m.balance(), units), ageSex(m, units), beds(m),
        practices(m.byPractice(), everyPractice, units));
  }

  /** "Cost (£000)": a cost column's heading in the units. */
  private static String cost(String what, Units units) {
    return what + " (" + units.label() + ")";
  }

  private static Section localities(Mapping m, Units units) {
    List<Line> lines = new ArrayList<>(m.byLocality().stream().map(a -> line(a.name(), a.code(), a.population(),
        units.shown(a.cost()), a.perCapita(), units.shown(a.expected()), a.standardisedRatio())).toList());
    lines.add(total("The area", "", m.population(), units.shown(m.cost()), m.perCapita(), units.shown(m.cost()),
        m.cost().signum() == 0 ? null : BigDecimal.valueOf(100)));
    return new Section("Cost per head by locality, with the age-sex standardised cost ratio",
        "Expected cost: the locality's population in each age band and sex × the whole area's cost per head in that "
            + "band and sex. Ratio = actual ÷ expected × 100 (indirect standardisation; 100 = the area).",
        List.of("Locality", "Code", "Population", cost("Cost", units), "Per head (£)", cost("Expected", units), "Ratio"),
        List.of(COUNT, POUNDS, MONEY, POUNDS, ONE_DECIMAL), lines, true);
  }

  private static Section settings(Mapping m, Units units) {
    List<Line> lines = new ArrayList<>(m.bySetting().stream().map(s -> line(s.name(), s.balance(),
        units.shown(s.cost()), s.share(), s.perCapita())).toList());
    lines.add(total("All settings", "", units.shown(m.cost()), m.cost().signum() == 0 ? null : BigDecimal.valueOf(100),
        m.perCapita()));
    return new Section("Cost by setting", "Balance of care: acute and community hospitals, mental health inpatient "
        + "units and care homes are institutional settings; the rest are care in the community.",
        List.of("Setting", "Balance", cost("Cost", units), "Share %", "Per head (£)"), List.of(POUNDS, ONE_DECIMAL, MONEY),
        lines, false);
  }

  private static Section balance(Mapping.Balance b, Units units) {
    String ratio = b.careHomeToHomeCare75() == null ? "there is no home care cost to compare with"
        : "£" + Figures.text(b.careHomeToHomeCare75()) + " in care homes for every £1 of home care";
    return new Section("Balance of care", "People aged 75+: " + ratio + ".",
        List.of("People", "", cost("Institutional", units), cost("Community", units), "Institutional %",
            cost("Care home", units), cost("Home care", units)), List.of(POUNDS, POUNDS, ONE_DECIMAL, POUNDS, POUNDS),
        List.of(line("All ages", "", units.shown(b.institutional()), units.shown(b.community()), b.institutionalShare(),
                null, null),
            line("Aged 75+", "", units.shown(b.institutional75()), units.shown(b.community75()),
                b.institutionalShare75(), units.shown(b.careHome75()), units.shown(b.homeCare75()))), false);
  }

  private static Section ageSex(Mapping m, Units units) {
    return new Section("Cost per head by age band and sex", null,
        List.of("Age band", "Sex", "Population", cost("Cost", units), "Per head (£)"), List.of(COUNT, POUNDS, MONEY),
        m.byAgeSex().stream().map(a -> line(a.ageBand(), a.sex().equals("F") ? "Women" : "Men", a.population(),
            units.shown(a.cost()), a.perCapita())).toList(), false);
  }

  /** By site, each site's specialties then its subtotal, and the total of every site. */
  private static Section beds(Mapping m) {
    List<Line> lines = new ArrayList<>();
    String site = null;
    Mapping.Beds siteTotal = null;
    Mapping.Beds all = new Mapping.Beds("", "", "", 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);
    for (Mapping.Beds d : m.beds()) {
      if (!d.site().equals(site)) {
        addSubtotal(lines, siteTotal);
        site = d.site();
        siteTotal = new Mapping.Beds(site, "", "", 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);
      }
      lines.add(line(d.specialtyName(), d.site(), BigDecimal.valueOf(d.episodes()), BigDecimal.valueOf(d.bedDays()),
          d.beds85(), d.wards40()));
      siteTotal = plus(siteTotal, d);
      all = plus(all, d);
    }
    addSubtotal(lines, siteTotal);
    if (!m.beds().isEmpty()) {
      lines.add(total("Every site", "", BigDecimal.valueOf(all.episodes()), BigDecimal.valueOf(all.bedDays()),
          all.beds85(), all.wards40()));
    }
    return new Section("Hospital occupied bed days by site and specialty", "Equivalent beds = bed days ÷ (" + m.days()
        + " days × 85% occupancy); wards of 40 beds.",
        List.of("Specialty", "Site", "Episodes", "Bed days", "Beds at 85%", "40-bed wards"),
        List.of(COUNT, COUNT, ONE_DECIMAL, ONE_DECIMAL), lines, false);
  }

  private static void addSubtotal(List<Line> lines, Mapping.Beds site) {
    if (site != null) {
      lines.add(total("All specialties", site.site(), BigDecimal.valueOf(site.episodes()),
          BigDecimal.valueOf(site.bedDays()), site.beds85(), site.wards40()));
    }
  }

  private static Mapping.Beds plus(Mapping.Beds sum, Mapping.Beds d) {
    return new Mapping.Beds(sum.site(), "", "", sum.episodes() + d.episodes(), sum.bedDays() + d.bedDays(),
        add(sum.beds85(), d.beds85()), add(sum.wards40(), d.wards40()));
  }

  private static BigDecimal add(BigDecimal a, BigDecimal b) {
    return b == null ? a : a.add(b);
  }

  /**
   * Cost per head by practice: every practice, or, when {@code everyPractice} is false and there are
   * more than {@value #LISTED}, the {@value #RANKED} highest and the {@value #RANKED} lowest cost
   * per head (highest first; ties by code), so the PDF stays the same length at any scale.
   * Practices without a cost per head (no population) are not ranked.
   */
  static Section practices(List<Mapping.Area> practices, boolean everyPractice, Units units) {
    List<String> headers = List.of("Practice", "Locality", "Population", cost("Cost", units), "Per head (£)");
    List<String> patterns = List.of(COUNT, POUNDS, MONEY);
    if (everyPractice || practices.size() <= LISTED) {
      return new Section("Cost per head by practice", null, headers, patterns,
          practices.stream().map(a -> practice(a, units)).toList(), false);
    }
    List<Mapping.Area> ranked = practices.stream().filter(a -> a.perCapita() != null)
        .sorted(Comparator.comparing(Mapping.Area::perCapita).reversed().thenComparing(Mapping.Area::code))
        .toList();
    List<Line> lines = new ArrayList<>();
    if (ranked.size() <= 2 * RANKED) {
      ranked.forEach(a -> lines.add(practice(a, units)));
    } else {
      ranked.subList(0, RANKED).forEach(a -> lines.add(practice(a, units)));
      lines.add(line(String.format(IncomeExpenditureFill.UK, "… %,d practices between …",
          ranked.size() - 2 * RANKED), ""));
      ranked.subList(ranked.size() - RANKED, ranked.size()).forEach(a -> lines.add(practice(a, units)));
    }
    int unranked = practices.size() - ranked.size();
    return new Section(String.format(IncomeExpenditureFill.UK,
        "Practices: the %d highest and %d lowest cost per head of %,d practices", RANKED, RANKED, practices.size()),
        "Highest cost per head first. Every practice is in the XLSX and CSV downloads of this report."
            + (unranked == 0 ? "" : " " + unranked + " practice(s) without a population are not ranked."),
        headers, patterns, lines, false);
  }

  private static Line practice(Mapping.Area a, Units units) {
    return line(a.code() + " " + a.name(), a.locality(), a.population(), units.shown(a.cost()), a.perCapita());
  }

  static Line line(String a, String b, BigDecimal... n) {
    return new Line(a, b, Arrays.asList(n), false);
  }

  private static Line total(String a, String b, BigDecimal... n) {
    return new Line(a, b, Arrays.asList(n), true);
  }
}
