package org.carepool.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Westshire: five localities and their GP practices. Scale multiplies the number of practices
 * (34 per unit of scale); the localities stay the same.
 */
final class Area {

  static final int PRACTICES_PER_SCALE = 34;

  /** A locality; olderSkew and youngSkew shape its pyramid, need scales its hospital use. */
  record Locality(
      String code, String name, String partnership, String town,
      int practiceWeight, double olderSkew, double youngSkew, double need, double northSite) {}

  /** A practice and the list size it had in the base year. */
  record Practice(int index, String code, String name, Locality locality, int listSize, double olderSkew) {}

  static final List<Locality> LOCALITIES = List.of(
      new Locality("LOC-N", "North Westshire", "Northern Westshire Place Partnership",
          "Northbridge", 8, 1.00, 1.00, 1.00, 0.65),
      new Locality("LOC-S", "South Westshire", "Southern Westshire Place Partnership",
          "Sutton Marsh", 7, 0.97, 1.02, 1.05, 0.10),
      new Locality("LOC-E", "East Westshire", "Southern Westshire Place Partnership",
          "Easterby", 6, 1.05, 0.97, 0.93, 0.20),
      new Locality("LOC-W", "West Westshire Coast", "Northern Westshire Place Partnership",
          "Westhaven", 6, 1.18, 0.90, 0.92, 0.55),
      new Locality("LOC-C", "Westshire Central", "Westshire City Partnership",
          "Westbury", 7, 0.82, 1.15, 1.12, 0.15));

  private static final List<String> STREETS = List.of(
      "Abbey Road", "Market Street", "Church Lane", "Station Road", "Mill Lane", "Castle Street",
      "Priory", "Riverside", "Beech Grove", "Orchard", "Parkway", "Highfield", "Greenway",
      "Elmwood", "Harbour View", "Meadowbank", "Kingsway", "Victoria", "The Willows", "Brookside",
      "Chapel Street", "Oak Tree", "Westgate", "Northgate", "Southfields", "Hillcrest", "Linden",
      "Marsh Lane", "Queens Road", "St Mary's", "Cedar House", "Ashgrove", "Fairfield", "Lakeside");
  private static final List<String> KINDS =
      List.of("Surgery", "Medical Centre", "Health Centre", "Medical Practice", "Family Practice");

  private static final List<String> VILLAGES = List.of("Ashby Magna", "Brampton Lees", "Calderbrook",
      "Dunmore", "Eastwick", "Fenwick Green", "Glenholme", "Harwood Vale", "Kelby", "Langley Marsh");

  private static final int BASE_POPULATION = 250_000;

  private final List<Practice> practices;

  private Area(List<Practice> practices) {
    this.practices = List.copyOf(practices);
  }

  static Area generate(long seed, int scale) {
    var random = new SplittableRandom(seed ^ 0x41524541L);
    int count = PRACTICES_PER_SCALE * scale;
    double[] sizes = new double[count];
    double total = 0;
    for (int i = 0; i < count; i++) {
      sizes[i] = 3_000 + 11_000 * Math.pow(random.nextDouble(), 1.6);
      total += sizes[i];
    }
    var practices = new ArrayList<Practice>(count);
    for (int i = 0; i < count; i++) {
      var locality = localityOf(i);
      int listSize = (int) Math.round(sizes[i] * BASE_POPULATION * scale / total);
      double skew = locality.olderSkew() * (0.92 + 0.16 * random.nextDouble());
      practices.add(new Practice(i, "P" + (81001 + i), practiceName(i, locality), locality, listSize, skew));
    }
    return new Area(practices);
  }

  /** Practices are dealt to localities in the repeating pattern of their weights. */
  private static Locality localityOf(int practiceIndex) {
    int slot = practiceIndex % PRACTICES_PER_SCALE;
    for (var locality : LOCALITIES) {
      if (slot < locality.practiceWeight()) {
        return locality;
      }
      slot -= locality.practiceWeight();
    }
    throw new IllegalStateException("locality weights must add up to " + PRACTICES_PER_SCALE);
  }

  /** Unique up to scale 55: the slot fixes street and locality, the copy picks kind and village. */
  private static String practiceName(int i, Locality locality) {
    int copy = i / PRACTICES_PER_SCALE;
    String street = STREETS.get(i % PRACTICES_PER_SCALE);
    String kind = KINDS.get(copy % KINDS.size());
    String place = copy < KINDS.size() ? locality.town() : VILLAGES.get((copy / KINDS.size() - 1) % VILLAGES.size());
    return street + " " + kind + ", " + place;
  }

  List<Practice> practices() {
    return practices;
  }

  void writeLocalities(Path dir, Summary summary) throws IOException {
    try (var out = CsvOut.open(dir, "localities.csv", "code", "name", "partnership")) {
      for (var l : LOCALITIES) {
        out.row(l.code(), l.name(), l.partnership());
      }
      summary.add(out);
    }
  }

  void writePractices(Path dir, Summary summary) throws IOException {
    try (var out = CsvOut.open(dir, "practices.csv", "code", "name", "locality")) {
      for (var p : practices) {
        out.row(p.code(), p.name(), p.locality().code());
      }
      summary.add(out);
    }
  }
}
