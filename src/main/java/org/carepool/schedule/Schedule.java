package org.carepool.schedule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.carepool.report.Format;
import org.carepool.report.ReportId;

/**
 * One schedule (SPEC §7): which board's pack, made of which reports, when, for which month, sent to whom.
 *
 * @param id             the file name without {@code .yaml}, or the id given in the page
 * @param reports        the pack's reports, in pack order
 * @param cron           a Quartz cron expression, read in {@code timeZone}
 * @param nextWorkingDay {@code working_day: next}: a fire on a weekend or bank holiday moves to the next working day
 * @param source         FILE schedules are provisioned from {@code schedules/} and read-only; PAGE ones are stored
 * @param meeting        optional: the meeting the pack is for, named on its cover ("Westshire HWB, public meeting")
 * @param meetingDate    optional: the date of that meeting
 * @param author         optional: who prepared the pack, named on its cover ("J Smith, Head of Pooled Finance")
 */
public record Schedule(String id, String board, List<ReportId> reports, String cron, ZoneId timeZone,
    PackPeriod period, List<Format> formats, List<String> recipients, boolean enabled, Misfire misfire,
    boolean nextWorkingDay, Source source, String meeting, LocalDate meetingDate, String author) {

  public Schedule {
    reports = List.copyOf(reports);
    formats = List.copyOf(formats);
    recipients = List.copyOf(recipients);
  }

  /** A schedule that names no meeting or author. */
  public Schedule(String id, String board, List<ReportId> reports, String cron, ZoneId timeZone,
      PackPeriod period, List<Format> formats, List<String> recipients, boolean enabled, Misfire misfire,
      boolean nextWorkingDay, Source source) {
    this(id, board, reports, cron, timeZone, period, formats, recipients, enabled, misfire, nextWorkingDay,
        source, null, null, null);
  }

  /** Where a schedule comes from. */
  public enum Source { FILE, PAGE }

  /** What a schedule does about fires missed while the server was down. */
  public enum Misfire {
    /** One catch-up run as soon as the server is back, however many fires were missed. */
    RUN_ONCE("run-once"),
    /** Nothing: wait for the next fire. */
    SKIP("skip");

    private final String key;

    Misfire(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  /** Which month a pack reports, given when it fires. */
  public enum PackPeriod {
    PREVIOUS_MONTH("previous-month"),
    CURRENT_MONTH("current-month");

    private final String key;

    PackPeriod(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }

    public YearMonth month(ZonedDateTime due) {
      YearMonth fired = YearMonth.from(due);
      return this == PREVIOUS_MONTH ? fired.minusMonths(1) : fired;
    }
  }
}
