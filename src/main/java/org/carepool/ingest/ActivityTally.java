package org.carepool.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carepool.vocabulary.AgeBands;
import org.carepool.vocabulary.CareType;

/**
 * The activity summaries (schema V4, V7) of a set of activity rows, summed in memory as the rows go
 * by: by person group (month × locality × age band × sex × setting × admission type, from which the
 * derived KPIs' grain is also summed), by practice, and by hospital site and specialty. A load
 * replaces whole months, so the summaries of the months it loads are exactly those of its rows.
 * Cells are packed into {@code long} keys; codes are numbered as first seen.
 */
final class ActivityTally {
  static final List<String> ADMISSION_TYPES = List.of("ELECTIVE", "NON_ELECTIVE", "DAY_CASE", "NONE");
  static final String NO_SPECIALTY = "-";
  private static final int NON_ELECTIVE = ADMISSION_TYPES.indexOf("NON_ELECTIVE");
  private static final int FIRST_65 = AgeBands.ALL.indexOf(AgeBands.FROM_65.get(0));
  private static final int FIRST_75 = AgeBands.ALL.indexOf(AgeBands.FROM_75.get(0));
  private static final byte[] BAND_OF_AGE = bandOfAge(130);
  /** Where the month starts in a person or practice key, and in a bed key. */
  static final int MONTH = 32;
  static final int BED_MONTH = 47;

  private final Map<String, String> practiceLocality;
  private final Map<String, Long> practiceNumbers = new HashMap<>();
  final Codes localities = new Codes(1 << 15);
  final Codes practices = new Codes(Integer.MAX_VALUE);
  final Codes sites = new Codes(1 << 16);
  final Codes specialties = new Codes(1 << 16);
  final LongKeySums people = new LongKeySums();
  final LongKeySums byPractice = new LongKeySums();
  final LongKeySums beds = new LongKeySums();

  /** @param practiceLocality each practice's locality, as the store will hold it once the load is written */
  ActivityTally(Map<String, String> practiceLocality) {
    this.practiceLocality = practiceLocality;
    specialties.index(NO_SPECIALTY);
  }

  /** Adds one checked row. */
  void add(LocalDate month, String practice, int age, String sex, String setting, String admissionType,
      String specialty, String site, int bedDays, BigDecimal cost) {
    add(month, practice, age, sex, CareType.valueOf(setting), ADMISSION_TYPES.indexOf(admissionType), specialty, site,
        bedDays, cost);
  }

  /** Adds one checked row whose setting and admission type (its index in {@link #ADMISSION_TYPES}) are known. */
  void add(LocalDate month, String practice, int age, String sex, CareType setting, int admissionType,
      String specialty, String site, int bedDays, BigDecimal cost) {
    long m = month.getYear() * 12L + month.getMonthValue() - 1;
    long numbers = numbers(practice);
    long locality = numbers >>> 32;
    long pence = cost.movePointRight(2).longValueExact();
    long person = m << 32 | locality << 16 | (long) BAND_OF_AGE[age] << 11 | ("F".equals(sex) ? 1L : 0L) << 10
        | (long) setting.ordinal() << 2 | admissionType;
    people.add(person, 1, bedDays, pence);
    byPractice.add(m << 32 | (numbers & 0xFFFF_FFFFL), 1, 0, pence);
    if (site != null) {
      long bed = m << BED_MONTH | locality << 32 | (long) sites.index(site) << 16
          | specialties.index(specialty == null ? NO_SPECIALTY : specialty);
      beds.add(bed, 1, bedDays, 0);
    }
  }

  /** The practice's locality number (high half) and its own number (low half): one look-up a row instead of three. */
  private long numbers(String practice) {
    Long known = practiceNumbers.get(practice);
    if (known == null) {
      known = (long) localities.index(practiceLocality.get(practice)) << 32 | practices.index(practice);
      practiceNumbers.put(practice, known);
    }
    return known;
  }

  /** The month of a person or practice key (its top bits), or of a bed key shifted by {@link #BED_MONTH}. */
  static LocalDate month(long key, int shift) {
    long m = key >>> shift;
    return LocalDate.of((int) (m / 12), (int) (m % 12) + 1, 1);
  }

  static String ageBand(long person) {
    return AgeBands.ALL.get((int) (person >>> 11 & 31));
  }

  static String sex(long person) {
    return (person >>> 10 & 1) == 1 ? "F" : "M";
  }

  static CareType setting(long person) {
    return CareType.values()[(int) (person >>> 2 & 15)];
  }

  static String admissionType(long person) {
    return ADMISSION_TYPES.get((int) (person & 3));
  }

  /** The derived KPIs' age group (V7): 65 and 75 open their groups as they open the 65-69 and 75-79 bands. */
  static String ageGroup(long person) {
    int band = (int) (person >>> 11 & 31);
    return band >= FIRST_75 ? "75_PLUS" : band >= FIRST_65 ? "65_74" : "UNDER_65";
  }

  static boolean nonElective(long person) {
    return (person & 3) == NON_ELECTIVE;
  }

  /** The locality of a person key (shift 16) or a bed key (shift 32). */
  String locality(long key, int shift) {
    return localities.code((int) (key >>> shift & 0x7FFF));
  }

  String practice(long key) {
    return practices.code((int) key);
  }

  String localityOfPractice(String practice) {
    return practiceLocality.get(practice);
  }

  String site(long bed) {
    return sites.code((int) (bed >>> 16 & 0xFFFF));
  }

  String specialty(long bed) {
    return specialties.code((int) (bed & 0xFFFF));
  }

  /** The index of each age's SPEC §3 band, from the bands' lower bounds ("65-69" → 65, "85+" → 85). */
  private static byte[] bandOfAge(int maxAge) {
    byte[] bands = new byte[maxAge + 1];
    for (int band = 0; band < AgeBands.ALL.size(); band++) {
      int low = Integer.parseInt(AgeBands.ALL.get(band).split("[-+]")[0]);
      for (int age = low; age <= maxAge; age++) {
        bands[age] = (byte) band;
      }
    }
    return bands;
  }

  /** Codes numbered as first seen. */
  static final class Codes {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> codes = new ArrayList<>();
    private final int limit;

    Codes(int limit) {
      this.limit = limit;
    }

    int index(String code) {
      Integer known = index.get(code);
      if (known != null) {
        return known;
      }
      if (codes.size() == limit) {
        throw new IllegalStateException("more than " + limit + " distinct codes in one activity load");
      }
      index.put(code, codes.size());
      codes.add(code);
      return codes.size() - 1;
    }

    String code(int i) {
      return codes.get(i);
    }
  }
}
