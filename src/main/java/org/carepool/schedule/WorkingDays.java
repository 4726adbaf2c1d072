package org.carepool.schedule;

import org.carepool.error.Invalid;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Working days in England and Wales: Monday to Friday, less the bank holidays of a list, one
 * {@code YYYY-MM-DD} date a line ({@code #} starts a comment). The list shipped in the jar
 * ({@code bank-holidays-england-and-wales.txt}) is used unless {@code CAREPOOL_BANK_HOLIDAYS} names a
 * file, so the list can be brought up to date without a new build. Past the list's last year only
 * weekends are known: see {@link #lastListedYear}.
 */
public final class WorkingDays implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String RESOURCE = "bank-holidays-england-and-wales.txt";

  private final HashSet<LocalDate> holidays;
  private final String source;

  WorkingDays(Set<LocalDate> holidays, String source) {
    this.holidays = new HashSet<>(holidays);
    this.source = source;
  }

  /** The list in {@code file}, or the shipped one; a bad line fails naming the file, line and reason. */
  public static WorkingDays load(Optional<Path> file) {
    if (file.isEmpty()) {
      return shipped();
    }
    try {
      return parse(Files.readAllLines(file.get(), StandardCharsets.UTF_8), file.get().toString());
    } catch (IOException e) {
      throw new Invalid("CAREPOOL_BANK_HOLIDAYS: cannot read " + file.get() + ": " + e.getMessage());
    }
  }

  /** The list shipped in the jar. */
  public static WorkingDays shipped() {
    try (InputStream in = WorkingDays.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parse(reader.lines().toList(), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE, e);
    }
  }

  private static WorkingDays parse(List<String> lines, String source) {
    Set<LocalDate> days = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String date = line.split("[\\s#,]", 2)[0];
      try {
        days.add(LocalDate.parse(date));
      } catch (DateTimeParseException e) {
        throw new Invalid(source + ": line " + (i + 1) + ": '" + date + "' is not a date (YYYY-MM-DD)");
      }
    }
    if (days.isEmpty()) {
      throw new Invalid(source + ": lists no bank holidays");
    }
    return new WorkingDays(days, source);
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

  /** The last year the list covers: later fires move only for weekends. */
  public int lastListedYear() {
    return holidays.stream().max(LocalDate::compareTo).orElse(LocalDate.MIN).getYear();
  }

  /** Where the list came from: the shipped resource or the override file. */
  public String source() {
    return source;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WorkingDays w && w.holidays.equals(holidays);
  }

  @Override
  public int hashCode() {
    return holidays.hashCode();
  }
}
