package org.carepool.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Patient-level activity, streamed straight to disk: for every month, practice, age band, sex
 * and service, a Poisson number of rows around population × yearly rate / 12, bent by season,
 * yearly growth, local need and, where the intermediate care joint venture works, a steady fall in
 * avoidable admissions. Patients are drawn from the cell's registered population, so a
 * pseudonymous patient keeps one practice, sex and age across rows. The derived KPIs' counts are
 * tallied on the way ({@link #outturns()}), so that targets can be set from the outturn.
 */
final class Activity {

  private static final String[] HEADER = {"record_id", "month", "patient_id", "practice", "age", "sex",
      "setting", "admission_type", "specialty", "site", "bed_days", "cost"};

  private static final double AVOIDED = 0.045;
  /** The localities the intermediate care joint venture (IC-JV) serves. */
  private static final Set<String> INTERMEDIATE_CARE_LOCALITIES = Set.copyOf(Westshire.ARRANGEMENTS.stream()
      .filter(a -> a.code().equals("IC-JV")).findFirst().orElseThrow().localities());

  private final long seed;
  private final Area area;
  private final Population population;
  private final SplittableRandom random;
  private final Episodes episodes;
  private final HexFormat hex = HexFormat.of();
  private final Kpis.Outturns outturns = new Kpis.Outturns();
  private long nextRecord = 1;

  Activity(long seed, Area area, Population population) {
    this.seed = seed;
    this.area = area;
    this.population = population;
    this.random = new SplittableRandom(seed ^ 0x41435449L);
    this.episodes = new Episodes(random.split());
  }

  void write(Path dir, Summary summary) throws IOException {
    try (var out = CsvOut.open(dir, "activity.csv", HEADER)) {
      for (var month : Periods.months()) {
        for (var practice : area.practices()) {
          writePracticeMonth(out, month, practice);
        }
      }
      summary.add(out);
    }
  }

  /** What the rows written add up to, for the derived KPIs' targets. */
  Kpis.Outturns outturns() {
    return outturns;
  }

  private void writePracticeMonth(CsvOut out, YearMonth month, Area.Practice practice) throws IOException {
    int year = Periods.yearIndex(month);
    int ordinal = Periods.ordinal(month);
    for (var band : AgeBand.values()) {
      for (int sex = 0; sex < 2; sex++) {
        int people = population.count(practice.index(), year, band, sex);
        if (ordinal == 1) {
          outturns.people(practice.locality().code(), year, band, people);
        }
        for (var service : Service.values()) {
          double need = service.followsNeed() ? practice.locality().need() : 1.0;
          double lambda = people * service.yearlyRate(band) / 12 * service.season.factor(ordinal)
              * (1 + service.yearlyGrowth * year) * need * trend(service, practice.locality(), year, ordinal);
          for (int n = poisson(lambda); n > 0; n--) {
            long patient = patientKey(practice.index(), band, sex, random.nextInt(Math.max(people, 1)));
            writeRow(out, month, practice, service, patient, band, sex);
          }
        }
      }
    }
  }

  /**
   * Where the intermediate care joint venture works, avoidable admissions fall by
   * {@value #AVOIDED} a year, month by month; elsewhere they do not.
   */
  private static double trend(Service service, Area.Locality locality, int year, int ordinal) {
    if (!service.avoidable() || !INTERMEDIATE_CARE_LOCALITIES.contains(locality.code())) {
      return 1.0;
    }
    return 1 - AVOIDED * (year + (ordinal - 1) / 12.0);
  }

  private void writeRow(CsvOut out, YearMonth month, Area.Practice practice, Service service, long patient,
      AgeBand band, int sex) throws IOException {
    int age = ageOf(patient, band);
    var episode = episodes.draw(service, age, practice.locality().northSite());
    outturns.add(practice.locality().code(), Periods.yearIndex(month), service, age, episode);
    out.row(recordId(), month.toString(), hex.toHexDigits(patient), practice.code(), age, Population.SEXES[sex],
        service.setting, service.admissionType, episode.specialty(), episode.site(), episode.bedDays(),
        episode.cost());
  }

  private String recordId() {
    String digits = Long.toString(nextRecord++);
    return "A" + "0".repeat(Math.max(0, 9 - digits.length())) + digits;
  }

  private long patientKey(int practice, AgeBand band, int sex, int person) {
    long key = mix(seed + 0x9E3779B97F4A7C15L * (practice + 1));
    key = mix(key ^ (band.ordinal() * 2L + sex));
    return mix(key ^ person);
  }

  /** A patient's age: spread evenly over the band, or tailing off from 85 to at most 105. */
  private static int ageOf(long patient, AgeBand band) {
    if (band != AgeBand.A85) {
      return band.low + (int) Long.remainderUnsigned(patient >>> 7, 5);
    }
    double u = (patient >>> 11) * 0x1.0p-53;
    return 85 + (int) Math.min(20, Math.floor(-Math.log(1 - u) * 4.5));
  }

  /** SplitMix64's finaliser: a fixed, well-spread hash of a long. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private int poisson(double lambda) {
    if (lambda <= 0) {
      return 0;
    }
    if (lambda > 30) {
      return (int) Math.max(0, Math.round(lambda + Math.sqrt(lambda) * random.nextGaussian()));
    }
    double limit = Math.exp(-lambda);
    double product = random.nextDouble();
    int n = 0;
    while (product > limit) {
      product *= random.nextDouble();
      n++;
    }
    return n;
  }
}
