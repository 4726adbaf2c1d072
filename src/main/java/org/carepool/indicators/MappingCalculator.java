package org.carepool.indicators;

import static org.carepool.indicators.Figures.divide;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.carepool.indicators.MappingRepository.BedCell;
import org.carepool.indicators.MappingRepository.CostCell;
import org.carepool.indicators.MappingRepository.PopulationCell;
import org.carepool.indicators.MappingRepository.PracticeFigures;

/** The SPEC §5 mapping arithmetic over cost and population cells: exact, unrounded. */
final class MappingCalculator {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal OCCUPANCY = new BigDecimal("0.85");
  private static final BigDecimal WARD_BEDS = BigDecimal.valueOf(40);

  private final List<CostCell> costs;
  private final List<PopulationCell> population;

  MappingCalculator(List<CostCell> costs, List<PopulationCell> population) {
    this.costs = costs;
    this.population = population;
  }

  BigDecimal totalCost() {
    return costs.stream().map(CostCell::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  BigDecimal totalPopulation() {
    return population.stream().map(PopulationCell::people).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Per locality with the indirectly standardised ratio against the whole area, by locality code. */
  List<Mapping.Area> byLocality(Map<String, String> names) {
    Map<String, BigDecimal> areaCost = sum(costs, c -> bandSex(c.ageBand(), c.sex()), CostCell::cost);
    Map<String, BigDecimal> areaPeople = sum(population, p -> bandSex(p.ageBand(), p.sex()), PopulationCell::people);
    Map<String, BigDecimal> cost = sum(costs, CostCell::locality, CostCell::cost);
    Map<String, BigDecimal> people = sum(population, PopulationCell::locality, PopulationCell::people);
    Map<String, BigDecimal> expected = new TreeMap<>();
    for (PopulationCell p : population) {
      String key = bandSex(p.ageBand(), p.sex());
      BigDecimal areaRate = divide(areaCost.getOrDefault(key, BigDecimal.ZERO), areaPeople.get(key));
      if (areaRate != null) {
        expected.merge(p.locality(), p.people().multiply(areaRate), BigDecimal::add);
      }
    }
    TreeMap<String, Boolean> codes = new TreeMap<>();
    cost.keySet().forEach(c -> codes.put(c, true));
    people.keySet().forEach(c -> codes.put(c, true));
    List<Mapping.Area> rows = new ArrayList<>();
    for (String code : codes.keySet()) {
      BigDecimal c = cost.getOrDefault(code, BigDecimal.ZERO);
      BigDecimal p = people.getOrDefault(code, BigDecimal.ZERO);
      BigDecimal e = expected.get(code);
      rows.add(new Mapping.Area(code, names.getOrDefault(code, code), code, p, c, divide(c, p), e,
          e == null ? null : divide(c.multiply(HUNDRED), e)));
    }
    return rows;
  }

  static List<Mapping.Area> byPractice(List<PracticeFigures> practices) {
    return practices.stream().map(p -> new Mapping.Area(p.practice(), p.name(), p.locality(), p.people(), p.cost(),
        divide(p.cost(), p.people()), null, null)).toList();
  }

  /** Every setting of SPEC §1 in its order, with its share of all cost. */
  List<Mapping.Setting> bySetting() {
    Map<String, BigDecimal> cost = sum(costs, CostCell::setting, CostCell::cost);
    BigDecimal total = totalCost();
    BigDecimal people = totalPopulation();
    return CareSettings.ALL.stream().map(s -> {
      BigDecimal c = cost.getOrDefault(s, BigDecimal.ZERO);
      return new Mapping.Setting(s, CareSettings.name(s), CareSettings.balance(s), c,
          divide(c.multiply(HUNDRED), total), divide(c, people));
    }).toList();
  }

  /** Every band and sex, youngest first, women before men. */
  List<Mapping.AgeSex> byAgeSex() {
    Map<String, BigDecimal> cost = sum(costs, c -> bandSex(c.ageBand(), c.sex()), CostCell::cost);
    Map<String, BigDecimal> people = sum(population, p -> bandSex(p.ageBand(), p.sex()), PopulationCell::people);
    List<Mapping.AgeSex> rows = new ArrayList<>();
    for (String band : CareSettings.AGE_BANDS) {
      for (String sex : List.of("F", "M")) {
        BigDecimal c = cost.getOrDefault(bandSex(band, sex), BigDecimal.ZERO);
        BigDecimal p = people.getOrDefault(bandSex(band, sex), BigDecimal.ZERO);
        rows.add(new Mapping.AgeSex(band, sex, p, c, divide(c, p)));
      }
    }
    return rows;
  }

  Mapping.Balance balance() {
    BigDecimal institutional = cost(c -> CareSettings.institutional(c.setting()));
    BigDecimal community = totalCost().subtract(institutional);
    Predicate<CostCell> aged75 = c -> CareSettings.BANDS_75_PLUS.contains(c.ageBand());
    BigDecimal institutional75 = cost(aged75.and(c -> CareSettings.institutional(c.setting())));
    BigDecimal all75 = cost(aged75);
    BigDecimal careHome75 = cost(aged75.and(c -> c.setting().equals("CARE_HOME")));
    BigDecimal homeCare75 = cost(aged75.and(c -> c.setting().equals("HOME_CARE")));
    return new Mapping.Balance(institutional, community, divide(institutional.multiply(HUNDRED), totalCost()),
        institutional75, all75.subtract(institutional75), divide(institutional75.multiply(HUNDRED), all75),
        careHome75, homeCare75, divide(careHome75, homeCare75));
  }

  /** Equivalent beds = bed days ÷ (days × 0.85); wards = beds ÷ 40. */
  static List<Mapping.Beds> beds(List<BedCell> cells, long days) {
    BigDecimal capacity = BigDecimal.valueOf(days).multiply(OCCUPANCY);
    return cells.stream().map(b -> {
      BigDecimal beds = divide(BigDecimal.valueOf(b.bedDays()), capacity);
      return new Mapping.Beds(b.site(), b.specialty(), Specialties.label(b.specialty()), b.episodes(), b.bedDays(),
          beds, beds == null ? null : divide(beds, WARD_BEDS));
    }).toList();
  }

  private BigDecimal cost(Predicate<CostCell> which) {
    return costs.stream().filter(which).map(CostCell::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static String bandSex(String band, String sex) {
    return band + "|" + sex;
  }

  private static <T> Map<String, BigDecimal> sum(List<T> cells, Function<T, String> key, Function<T, BigDecimal> value) {
    return cells.stream().collect(Collectors.groupingBy(key, TreeMap::new,
        Collectors.reducing(BigDecimal.ZERO, value, BigDecimal::add)));
  }
}
