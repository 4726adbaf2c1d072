package org.carepool.schedule;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Working days in England and Wales: Monday to Friday, less the bank holidays listed in the
 * shipped resource {@code bank-holidays-england-and-wales.txt} (update it each year).
 */
final class WorkingDays {
  static final String RESOURCE = "bank-holidays-england-and-wales.txt";
  private static final WorkingDays ENGLAND_AND_WALES = load();

  private final Set<LocalDate> holidays;

  WorkingDays(Set<LocalDate> holidays) {
    this.holidays = Set.copyOf(holidays);
  }

  static WorkingDays englandAndWales() {
    return ENGLAND_AND_WALES;
  }

  boolean isWorkingDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !holidays.contains(day);
  }

  /** The day itself when it is a working day, else the next one. */
  LocalDate onOrAfter(LocalDate day) {
    LocalDate d = day;
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  LocalDate last() {
    return holidays.stream().max(LocalDate::compareTo).orElse(LocalDate.MIN);
  }

  private static WorkingDays load() {
    try (InputStream in = WorkingDays.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return new WorkingDays(reader.lines()
          .map(String::trim)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> LocalDate.parse(line.substring(0, 10)))
          .collect(Collectors.toSet()));
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE, e);
    }
  }
}
