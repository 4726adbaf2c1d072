package org.carepool.web;

import java.util.List;
import org.carepool.indicators.Figures;
import org.carepool.indicators.Mapping;

/** The SPEC §5 mapping of a board as JSON: money, rates and ratios as strings with two decimals. */
record MappingJson(String board, String name, String financialYear, List<String> months, long days,
    List<String> localities, String population, String cost, String perCapita, List<Area> byLocality,
    List<Area> byPractice, List<Setting> bySetting, List<AgeSex> byAgeSex, Balance balanceOfCare, List<Beds> beds,
    List<Long> importBatches) {

  record Area(String code, String name, String locality, String population, String cost, String perCapita,
      String expectedCost, String standardisedRatio) {}

  record Setting(String setting, String balance, String cost, String sharePct, String perCapita) {}

  record AgeSex(String ageBand, String sex, String population, String cost, String perCapita) {}

  record Balance(String institutional, String community, String institutionalSharePct, String institutional75Plus,
      String community75Plus, String institutionalSharePct75Plus, String careHome75Plus, String homeCare75Plus,
      String careHomeToHomeCareRatio75Plus) {}

  record Beds(String site, String specialty, long episodes, long bedDays, String bedsAt85PctOccupancy,
      String wardsOf40Beds) {}

  static MappingJson of(Mapping m) {
    return new MappingJson(m.board(), m.boardName(), m.year().label(),
        m.months().stream().map(Object::toString).toList(), m.days(), m.localities(), t(m.population()), t(m.cost()),
        t(m.perCapita()), m.byLocality().stream().map(MappingJson::area).toList(),
        m.byPractice().stream().map(MappingJson::area).toList(),
        m.bySetting().stream().map(s -> new Setting(s.setting(), s.balance(), t(s.cost()), t(s.share()),
            t(s.perCapita()))).toList(),
        m.byAgeSex().stream().map(a -> new AgeSex(a.ageBand(), a.sex(), t(a.population()), t(a.cost()),
            t(a.perCapita()))).toList(),
        balance(m.balance()),
        m.beds().stream().map(b -> new Beds(b.site(), b.specialty(), b.episodes(), b.bedDays(), t(b.beds85()),
            t(b.wards40()))).toList(),
        List.copyOf(m.importBatches()));
  }

  private static Area area(Mapping.Area a) {
    return new Area(a.code(), a.name(), a.locality(), t(a.population()), t(a.cost()), t(a.perCapita()),
        t(a.expected()), t(a.standardisedRatio()));
  }

  private static Balance balance(Mapping.Balance b) {
    return new Balance(t(b.institutional()), t(b.community()), t(b.institutionalShare()), t(b.institutional75()),
        t(b.community75()), t(b.institutionalShare75()), t(b.careHome75()), t(b.homeCare75()),
        t(b.careHomeToHomeCare75()));
  }

  private static String t(java.math.BigDecimal value) {
    return Figures.text(value);
  }
}
