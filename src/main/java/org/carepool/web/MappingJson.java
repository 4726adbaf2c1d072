package org.carepool.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.carepool.indicators.Figures;
import org.carepool.indicators.Mapping;

/**
 * The SPEC §5 mapping of a board as JSON: money, rates and ratios as strings with two decimals,
 * people as whole numbers. {@code from}–{@code to} is the period asked for; {@code months} those
 * of it with activity loaded, which the sums cover ({@code complete}: all twelve of the year).
 */
record MappingJson(String board, String name, String financialYear, String from, String to, List<String> months,
    int monthsLoaded, boolean complete, List<String> missingMonths, long days, List<String> localities,
    String population, String cost, String perCapita, List<Area> byLocality, List<Area> byPractice,
    List<Setting> bySetting, List<AgeSex> byAgeSex, Balance balanceOfCare, List<Beds> beds, List<Long> importBatches) {

  record Area(String code, String name, String locality, String population, String cost, String perCapita,
      String expectedCost, String standardisedRatio) {}

  record Setting(String setting, String name, String balance, String cost, String sharePct, String perCapita) {}

  record AgeSex(String ageBand, String sex, String population, String cost, String perCapita) {}

  record Balance(String institutional, String community, String institutionalSharePct, String institutional75Plus,
      String community75Plus, String institutionalSharePct75Plus, String careHome75Plus, String homeCare75Plus,
      String careHomeToHomeCareRatio75Plus) {}

  record Beds(String site, String specialty, String specialtyName, long episodes, long bedDays,
      String bedsAt85PctOccupancy, String wardsOf40Beds) {}

  static MappingJson of(Mapping m) {
    return new MappingJson(m.board(), m.boardName(), m.year().label(), m.year().firstMonth().toString(),
        m.lastMonth().toString(), months(m.months()), m.months().size(), m.complete(), months(m.missingMonths()),
        m.days(), m.localities(), Figures.whole(m.population()), t(m.cost()), t(m.perCapita()),
        m.byLocality().stream().map(MappingJson::area).toList(),
        m.byPractice().stream().map(MappingJson::area).toList(),
        m.bySetting().stream().map(s -> new Setting(s.setting(), s.name(), s.balance(), t(s.cost()), t(s.share()),
            t(s.perCapita()))).toList(),
        m.byAgeSex().stream().map(a -> new AgeSex(a.ageBand(), a.sex(), Figures.whole(a.population()), t(a.cost()),
            t(a.perCapita()))).toList(),
        balance(m.balance()),
        m.beds().stream().map(b -> new Beds(b.site(), b.specialty(), b.specialtyName(), b.episodes(), b.bedDays(),
            t(b.beds85()), t(b.wards40()))).toList(),
        List.copyOf(m.importBatches()));
  }

  private static Area area(Mapping.Area a) {
    return new Area(a.code(), a.name(), a.locality(), Figures.whole(a.population()), t(a.cost()), t(a.perCapita()),
        t(a.expected()), t(a.standardisedRatio()));
  }

  private static Balance balance(Mapping.Balance b) {
    return new Balance(t(b.institutional()), t(b.community()), t(b.institutionalShare()), t(b.institutional75()),
        t(b.community75()), t(b.institutionalShare75()), t(b.careHome75()), t(b.homeCare75()),
        t(b.careHomeToHomeCare75()));
  }

  private static List<String> months(List<YearMonth> months) {
    return months.stream().map(YearMonth::toString).toList();
  }

  private static String t(BigDecimal value) {
    return Figures.text(value);
  }
}
