package org.carepool.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Registered population by practice, year, age band and sex. Each practice's pyramid is the
 * English shape bent by its locality (older on the coast, younger in the city); the area grows
 * about 0.6% a year and ages: 65+ grows faster, 85+ fastest.
 */
final class Population {

  static final int FEMALE = 1;
  static final String[] SEXES = {"M", "F"};

  private static final double GROWTH = 0.006;
  private static final double OLDER_GROWTH = 0.012;
  private static final double OLDEST_GROWTH = 0.022;

  private final Area area;
  /** counts[practice][year index][band][sex]. */
  private final int[][][][] counts;

  private Population(Area area, int[][][][] counts) {
    this.area = area;
    this.counts = counts;
  }

  static Population generate(long seed, Area area) {
    var random = new SplittableRandom(seed ^ 0x504f50L);
    int years = Periods.POPULATION_YEARS.size();
    var counts = new int[area.practices().size()][years][AgeBand.values().length][2];
    for (var practice : area.practices()) {
      double[] shares = pyramid(practice, random);
      for (int y = 0; y < years; y++) {
        fillYear(counts[practice.index()][y], practice.listSize(), shares, y);
      }
    }
    return new Population(area, counts);
  }

  /** The practice's share of its list in each band, summing to 1. */
  private static double[] pyramid(Area.Practice practice, SplittableRandom random) {
    var bands = AgeBand.values();
    double[] shares = new double[bands.length];
    double total = 0;
    for (var band : bands) {
      double skew = band.isOlder() ? practice.olderSkew() : youngSkew(band, practice.locality());
      shares[band.ordinal()] = band.weight * skew * (0.97 + 0.06 * random.nextDouble());
      total += shares[band.ordinal()];
    }
    for (int b = 0; b < shares.length; b++) {
      shares[b] /= total;
    }
    return shares;
  }

  private static double youngSkew(AgeBand band, Area.Locality locality) {
    return band.low >= 20 && band.low < 40 ? locality.youngSkew() : 1.0;
  }

  private static void fillYear(int[][] cells, int listSize, double[] shares, int year) {
    for (var band : AgeBand.values()) {
      double people = listSize * shares[band.ordinal()] * Math.pow(1 + GROWTH, year);
      if (band.isOlder()) {
        people *= Math.pow(1 + (band == AgeBand.A85 ? OLDEST_GROWTH : OLDER_GROWTH), year);
      }
      int women = (int) Math.round(people * band.femaleShare);
      cells[band.ordinal()][FEMALE] = women;
      cells[band.ordinal()][1 - FEMALE] = (int) Math.round(people) - women;
    }
  }

  /** People in a cell for the population year that starts financial year yearIndex. */
  int count(int practice, int yearIndex, AgeBand band, int sex) {
    return counts[practice][yearIndex][band.ordinal()][sex];
  }

  void write(Path dir, Summary summary) throws IOException {
    try (var out = CsvOut.open(dir, "population.csv", "practice", "year", "age_band", "sex", "count")) {
      for (var practice : area.practices()) {
        for (int y = 0; y < Periods.POPULATION_YEARS.size(); y++) {
          writeYear(out, practice, y);
        }
      }
      summary.add(out);
    }
  }

  private void writeYear(CsvOut out, Area.Practice practice, int y) throws IOException {
    for (var band : AgeBand.values()) {
      for (int sex = 0; sex < 2; sex++) {
        out.row(practice.code(), Periods.POPULATION_YEARS.get(y), band.label, SEXES[sex],
            count(practice.index(), y, band, sex));
      }
    }
  }
}
