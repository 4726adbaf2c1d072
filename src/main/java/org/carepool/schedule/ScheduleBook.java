package org.carepool.schedule;

import java.nio.file.Path;
import org.carepool.error.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schedules in force: those of {@code schedules/*.yaml} (an invalid file stops start-up, naming
 * the file and key) and those made in the page (stored; one that can no longer be used is set aside
 * and shown, rather than stopping start-up, since only the page can mend it), kept in step with Quartz.
 */
final class ScheduleBook {
  private static final Logger log = LoggerFactory.getLogger(ScheduleBook.class);

  private final Map<String, Schedule> all = new ConcurrentHashMap<>();
  private final Map<String, String> unusable = new ConcurrentHashMap<>();
  private final Set<String> filesAside = ConcurrentHashMap.newKeySet();
  private final ScheduleRepository stored;
  private final BoardRepository boards;
  private final WorkingDays workingDays;
  private final Path folder;
  private final Clock clock;

  ScheduleBook(ScheduleRepository stored, BoardRepository boards, WorkingDays workingDays, Path folder, Clock clock) {
    this.stored = stored;
    this.boards = boards;
    this.workingDays = workingDays;
    this.folder = folder;
    this.clock = clock;
    loadFiles();
    loadStored();
  }

  /** Quartz holds exactly these schedules; a file Quartz refuses stops start-up, a stored one is set aside. */
  void sync(QuartzSchedules quartz) {
    quartz.removeAllBut(all.keySet());
    List<String> problems = new ArrayList<>();
    for (Schedule s : List.copyOf(all.values())) {
      try {
        quartz.put(s);
      } catch (RuntimeException e) {
        if (s.source() == Schedule.Source.FILE) {
          problems.add(folder.resolve(s.id() + ".yaml") + ": cron: cannot be scheduled: " + e.getMessage());
        } else {
          setAside(s.id(), "cannot be scheduled: " + e.getMessage());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ScheduleInvalid(problems);
    }
  }

  Optional<Schedule> find(String id) {
    return Optional.ofNullable(all.get(id));
  }

  Schedule require(String id) {
    return find(id).orElseThrow(() -> new NotFound("no schedule '" + id + "'"));
  }

  /** Whether the id is taken, by a schedule in force or one set aside. */
  boolean taken(String id) {
    return all.containsKey(id) || unusable.containsKey(id);
  }

  List<Schedule> list() {
    return List.copyOf(new TreeMap<>(all).values());
  }

  Map<String, String> unusable() {
    return new TreeMap<>(unusable);
  }

  /** A page-made schedule from its JSON or YAML text, checked as a new one (its cron must fire). */
  Schedule read(String text) {
    return ScheduleYaml.read(null, "schedule", text, Schedule.Source.PAGE, checks(clock.instant()));
  }

  /** Quartz first: a schedule it refuses is never stored; if storing fails, Quartz gets the old one back. */
  synchronized void store(Schedule s, String by, QuartzSchedules quartz) {
    Schedule previous = all.get(s.id());
    if (previous != null && previous.source() == Schedule.Source.FILE) {
      throw new ReadOnlySchedule(s.id());
    }
    quartz.put(s);
    try {
      stored.save(s, by, clock.instant());
    } catch (RuntimeException e) {
      if (previous != null) {
        quartz.put(previous);
      } else {
        quartz.delete(s.id());
      }
      throw e;
    }
    all.put(s.id(), s);
    unusable.remove(s.id());
  }

  /** Deletes a page-made schedule (in force or set aside); answers it, when it was in force. */
  synchronized Optional<Schedule> delete(String id, QuartzSchedules quartz) {
    if (!taken(id)) {
      throw new NotFound("no schedule '" + id + "'");
    }
    Optional<Schedule> s = find(id);
    if (s.isPresent() && s.get().source() == Schedule.Source.FILE || filesAside.contains(id)) {
      throw new ReadOnlySchedule(id);
    }
    stored.delete(id);
    all.remove(id);
    unusable.remove(id);
    quartz.delete(id);
    return s;
  }

  /** Warns when working-day schedules will soon fire past the end of the holiday list. */
  void warnIfPastHolidayList() {
    int nextYear = clock.instant().atZone(ScheduleYaml.DEFAULT_ZONE).plusYears(1).getYear();
    if (nextYear > workingDays.lastListedYear() && all.values().stream().anyMatch(Schedule::nextWorkingDay)) {
      log.warn("Working-day schedules: {}", CronPreview.pastHolidays(workingDays));
    }
  }

  /**
   * A file that cannot be read stops start-up; one naming a board not (yet) in the store is set aside
   * instead, so that a server holding someone's own data starts with the demo's schedule file beside it.
   */
  private void loadFiles() {
    ScheduleYaml.Checks anyBoard = new ScheduleYaml.Checks(board -> true, workingDays, clock.instant());
    for (Schedule s : ScheduleFiles.load(folder, anyBoard)) {
      if (boards.name(s.board()).isPresent()) {
        all.put(s.id(), s);
      } else {
        filesAside.add(s.id());
        unusable.put(s.id(), folder.resolve(s.id() + ".yaml") + ": board: unknown board '" + s.board()
            + "': load it into the store (carepool import) and restart, or remove the file");
        log.warn("Schedule file {}.yaml is set aside and does not fire: the store has no board '{}'", s.id(), s.board());
      }
    }
  }

  private void loadStored() {
    for (ScheduleRepository.Stored row : stored.all()) {
      try {
        Schedule s = ScheduleYaml.read(row.id(), "stored schedule " + row.id(), row.definition(), Schedule.Source.PAGE,
            checks(null));
        all.putIfAbsent(s.id(), s);
      } catch (ScheduleInvalid e) {
        setAside(row.id(), String.join("; ", e.problems()));
      }
    }
  }

  private void setAside(String id, String reason) {
    all.remove(id);
    unusable.put(id, stored(reason));
    log.error("Stored schedule {} cannot be used and does not fire: {}", id, reason);
  }

  /** Why a schedule set aside cannot run, with what mends it: a page-made one is deleted and made again. */
  private static String stored(String reason) {
    return reason + " (delete it and make it again)";
  }

  private ScheduleYaml.Checks checks(Instant firesAfter) {
    return new ScheduleYaml.Checks(board -> boards.name(board).isPresent(), workingDays, firesAfter);
  }
}
