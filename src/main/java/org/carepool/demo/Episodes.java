package org.carepool.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What one activity row holds beyond who and when: specialty and site for hospital rows, bed days
 * rising with age, and a cost at realistic unit prices (NEL £2,000–£4,000 plus £350 a bed day,
 * care homes about £900 a week, home care about £25 an hour, equipment £40–£600 an item).
 */
final class Episodes {

  record Episode(String specialty, String site, int bedDays, BigDecimal cost) {}

  private static final List<String> EMERGENCY_SPECIALTIES = List.of("300", "300", "300", "100", "110", "320");
  private static final List<String> ELECTIVE_SPECIALTIES = List.of("110", "110", "100", "101", "120", "301", "130");
  private static final List<String> DAY_CASE_SPECIALTIES = List.of("130", "130", "301", "301", "100", "110", "330", "101");

  private final SplittableRandom random;

  Episodes(SplittableRandom random) {
    this.random = random;
  }

  Episode draw(Service service, int age, double northSite) {
    return switch (service) {
      case NON_ELECTIVE -> nonElective(age, northSite);
      case ELECTIVE -> acute(pick(ELECTIVE_SPECIALTIES), northSite, 1 + stay(2.0, 20), 3_000, 6_500, 320);
      case DAY_CASE -> acute(pick(DAY_CASE_SPECIALTIES), northSite, 0, 650, 1_650, 0);
      case COMMUNITY_HOSPITAL -> perDay(random.nextDouble() < 0.6 ? "314" : "430",
          random.nextBoolean() ? "WCT-ASH" : "WCT-MERE", 5 + stay(16, 85), 310);
      case MENTAL_HEALTH -> perDay(age >= 65 ? "715" : "710", "WMH-OAK", 3 + stay(30, 177), 480);
      case CARE_HOME -> careHome(age);
      case HOME_CARE -> community(0, hours(4.33 * (3 + 19 * random.nextDouble()), 25.40));
      case REABLEMENT -> community(0, hours(15 + 40 * random.nextDouble(), 31.00));
      case INTERMEDIATE_CARE -> intermediateCare();
      case COMMUNITY_HEALTH -> community(0, (1 + stay(4, 29)) * (48 + 30 * random.nextDouble()));
      case EQUIPMENT -> equipment();
    };
  }

  private Episode nonElective(int age, double northSite) {
    String specialty = age < 16 ? "420" : age >= 75 && random.nextDouble() < 0.45 ? "430" : pick(EMERGENCY_SPECIALTIES);
    double sameDay = age < 65 ? 0.35 : 0.15;
    int bedDays = random.nextDouble() < sameDay ? 0 : 1 + stay(meanStay(age), 120);
    return acute(specialty, northSite, bedDays, 2_000, 4_000, 350);
  }

  private static double meanStay(int age) {
    if (age < 16) {
      return 0.6;
    }
    if (age < 45) {
      return 2.0;
    }
    return age < 65 ? 3.8 : age < 75 ? 5.8 : age < 85 ? 7.8 : 9.8;
  }

  private Episode acute(String specialty, double northSite, int bedDays, double low, double high, double perDay) {
    String site = random.nextDouble() < northSite ? "WGH-NORTH" : "WGH-MAIN";
    double cost = low + (high - low) * random.nextDouble() + perDay * bedDays;
    return new Episode(specialty, site, bedDays, Money.pounds(cost));
  }

  private Episode perDay(String specialty, String site, int bedDays, double perDay) {
    return new Episode(specialty, site, bedDays, Money.pounds(perDay * bedDays));
  }

  private Episode careHome(int age) {
    boolean nursing = random.nextDouble() < (age >= 85 ? 0.45 : 0.30);
    double weekly = nursing ? 1_080 + 170 * random.nextDouble() : 820 + 160 * random.nextDouble();
    int days = 14 + stay(380, 1_400);
    return new Episode("", "", days, Money.pounds(weekly * days / 7));
  }

  private Episode intermediateCare() {
    if (random.nextDouble() < 0.45) {
      int days = 7 + stay(14, 60);
      return new Episode("", "", days, Money.pounds(195.0 * days));
    }
    return community(0, 900 + 1_500 * random.nextDouble());
  }

  /** Telecare (a third): an alarm and sensors installed, £150–£400; otherwise an item of equipment, £40–£600. */
  private Episode equipment() {
    if (random.nextDouble() < 0.33) {
      return community(0, 150 + 250 * random.nextDouble());
    }
    double u = random.nextDouble();
    return community(0, 40 + 560 * u * u);
  }

  private static double hours(double hours, double rate) {
    return Math.round(hours * 4) / 4.0 * rate;
  }

  private Episode community(int bedDays, double cost) {
    return new Episode("", "", bedDays, Money.pounds(cost));
  }

  /** A whole number of days, roughly exponential with the given mean, at most max. */
  private int stay(double mean, int max) {
    return (int) Math.min(max, Math.floor(-Math.log(1 - random.nextDouble()) * mean));
  }

  private String pick(List<String> options) {
    return options.get(random.nextInt(options.size()));
  }
}
