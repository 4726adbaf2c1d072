package org.carepool.report;

import static org.carepool.report.PackTables.columns;
import static org.carepool.report.PackTables.row;

import java.math.BigDecimal;
import java.util.List;
import org.carepool.indicators.Mapping;
import org.carepool.report.PackTables.Table;

/** The spend mapping's tables for the pack's workbook: localities, every practice, settings, balance of care, age and sex, bed days. */
final class PackMappingTables {
  private static final String PREFIX = "Mapping";

  private PackMappingTables() {}

  static List<Table> of(Mapping m) {
    return List.of(localities(m), practices(m), settings(m), balance(m.balance()), ageSex(m), beds(m));
  }

  private static Table localities(Mapping m) {
    return new Table(PREFIX, "localities", "Cost per head by locality, with the age-sex standardised cost ratio",
        columns("Locality", "TEXT", "Name", "TEXT", "Population", "COUNT", "Cost (£)", "MONEY",
            "Per head (£)", "MONEY", "Expected (£)", "MONEY", "Ratio", "DECIMAL"),
        m.byLocality().stream().map(a -> row(a.code(), a.name(), a.population(), a.cost(), a.perCapita(),
            a.expected(), a.standardisedRatio())).toList());
  }

  private static Table practices(Mapping m) {
    return new Table(PREFIX, "practices", "Cost per head by practice", columns("Practice", "TEXT", "Name", "TEXT",
        "Locality", "TEXT", "Population", "COUNT", "Cost (£)", "MONEY", "Per head (£)", "MONEY"),
        m.byPractice().stream().map(a -> row(a.code(), a.name(), a.locality(), a.population(), a.cost(),
            a.perCapita())).toList());
  }

  private static Table settings(Mapping m) {
    return new Table(PREFIX, "settings", "Cost by setting", columns("Setting", "TEXT", "Balance", "TEXT",
        "Cost (£)", "MONEY", "Share %", "DECIMAL", "Per head (£)", "MONEY"),
        m.bySetting().stream().map(s -> row(s.setting(), s.balance(), s.cost(), s.share(), s.perCapita())).toList());
  }

  private static Table balance(Mapping.Balance b) {
    return new Table(PREFIX, "balance of care", "Balance of care", columns("People", "TEXT", "Institutional (£)",
        "MONEY", "Community (£)", "MONEY", "Institutional %", "DECIMAL", "Care home (£)", "MONEY",
        "Home care (£)", "MONEY", "Care home to home care", "DECIMAL"), List.of(
            row("All ages", b.institutional(), b.community(), b.institutionalShare(), null, null, null),
            row("Aged 75+", b.institutional75(), b.community75(), b.institutionalShare75(), b.careHome75(),
                b.homeCare75(), b.careHomeToHomeCare75())));
  }

  private static Table ageSex(Mapping m) {
    return new Table(PREFIX, "age and sex", "Cost per head by age band and sex", columns("Age band", "TEXT",
        "Sex", "TEXT", "Population", "COUNT", "Cost (£)", "MONEY", "Per head (£)", "MONEY"),
        m.byAgeSex().stream().map(a -> row(a.ageBand(), a.sex(), a.population(), a.cost(), a.perCapita())).toList());
  }

  private static Table beds(Mapping m) {
    return new Table(PREFIX, "bed days", "Hospital occupied bed days by site and specialty", columns("Site", "TEXT",
        "Specialty", "TEXT", "Episodes", "COUNT", "Bed days", "COUNT", "Beds at 85%", "DECIMAL",
        "40-bed wards", "DECIMAL"), m.beds().stream().map(d -> row(d.site(), d.specialty(),
            BigDecimal.valueOf(d.episodes()), BigDecimal.valueOf(d.bedDays()), d.beds85(), d.wards40())).toList());
  }
}
