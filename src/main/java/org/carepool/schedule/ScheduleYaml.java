package org.carepool.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.carepool.report.Format;
import org.carepool.report.ReportId;
import org.quartz.CronExpression;

/**
 * Reads and writes the schedule format of {@code schedules/*.yaml} (also how page-made schedules are
 * stored). Reading checks every key and collects every problem, each naming the file and the key.
 */
final class ScheduleYaml {
  static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/London");
  static final Set<String> KEYS = Set.of("board", "reports", "cron", "time_zone", "period", "formats",
      "recipients", "enabled", "misfire", "working_day", "meeting", "meeting_date", "author");
  /** A name on a cover: one line, a sensible length. */
  private static final int NAME_CHARS = 200;
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
  private static final YAMLMapper YAML = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /**
   * What a schedule is checked against besides its own text.
   *
   * @param knownBoard  whether the store holds a board
   * @param firesAfter  when set, the cron must fire after this instant (a new or changed schedule);
   *                    a stored one whose fires have all passed is kept, without a trigger
   */
  record Checks(Predicate<String> knownBoard, WorkingDays workingDays, Instant firesAfter) {}

  private ScheduleYaml() {}

  static boolean validId(String id) {
    return id != null && ID.matcher(id).matches();
  }

  /** The schedule the text describes, or {@link ScheduleInvalid} with every problem, each prefixed by {@code where}. */
  static Schedule read(String id, String where, String text, Schedule.Source source, Checks checks) {
    JsonNode root = parse(where, text);
    YamlProblems problems = new YamlProblems(where);
    if (id == null) {
      id = problems.text(root, "id", null);
    }
    if (id != null && !validId(id)) {
      problems.add("id", "'" + id + "' must be lower-case letters, digits and '-' (at most 80)");
    }
    boolean idInText = source == Schedule.Source.PAGE;
    root.fieldNames().forEachRemaining(k -> {
      if (!KEYS.contains(k) && !(idInText && k.equals("id"))) {
        problems.add(k, "unknown key (known: " + String.join(", ", new TreeSet<>(KEYS)) + ")");
      }
    });
    Schedule s = fields(id, root, problems, source);
    check(s, problems, checks);
    problems.throwIfAny();
    return s;
  }

  private static JsonNode parse(String where, String text) {
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (JsonProcessingException e) {
      throw new ScheduleInvalid(List.of(where + ": not valid YAML: " + e.getOriginalMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new ScheduleInvalid(List.of(where + ": expected a mapping of keys " + new TreeSet<>(KEYS)));
    }
    return root;
  }

  private static Schedule fields(String id, JsonNode root, YamlProblems problems, Schedule.Source source) {
    String board = problems.text(root, "board", null);
    List<ReportId> reports = problems.list(root, "reports", List.of(), ReportId::parse);
    String cron = problems.text(root, "cron", null);
    ZoneId zone = problems.parsed(root, "time_zone", DEFAULT_ZONE, ZoneId::of);
    Schedule.PackPeriod period = problems.parsed(root, "period", Schedule.PackPeriod.PREVIOUS_MONTH,
        v -> YamlProblems.oneOf(Schedule.PackPeriod.values(), Schedule.PackPeriod::key, v));
    List<Format> formats = problems.list(root, "formats", List.of(Format.PDF), Format::parse);
    List<String> recipients = problems.list(root, "recipients", List.of(), YamlProblems::email);
    boolean enabled = problems.parsed(root, "enabled", true, YamlProblems::bool);
    Schedule.Misfire misfire = problems.parsed(root, "misfire", Schedule.Misfire.RUN_ONCE,
        v -> YamlProblems.oneOf(Schedule.Misfire.values(), Schedule.Misfire::key, v));
    boolean nextWorkingDay = problems.parsed(root, "working_day", false, v -> {
      if (!v.equals("next")) {
        throw new IllegalArgumentException("'" + v + "': the only value is 'next'");
      }
      return true;
    });
    String meeting = problems.parsed(root, "meeting", null, ScheduleYaml::name);
    LocalDate meetingDate = problems.parsed(root, "meeting_date", null, v -> {
      try {
        return LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("'" + v + "' is not a date (YYYY-MM-DD)");
      }
    });
    String author = problems.parsed(root, "author", null, ScheduleYaml::name);
    return new Schedule(id, board, reports, cron, zone, period, formats, recipients, enabled, misfire, nextWorkingDay,
        source, meeting, meetingDate, author);
  }

  /** A meeting's or an author's name as the cover prints it: one line of text. */
  private static String name(String v) {
    String name = v.strip();
    if (name.isEmpty() || name.length() > NAME_CHARS || name.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("expected one line of text of at most " + NAME_CHARS + " characters");
    }
    return name;
  }

  private static void check(Schedule s, YamlProblems problems, Checks checks) {
    if (s.reports().isEmpty()) {
      problems.add("reports", "name at least one report, known: " + List.of(ReportId.values()));
    }
    if (s.recipients().isEmpty()) {
      problems.add("recipients", "name at least one email address");
    }
    if (!s.formats().contains(Format.PDF)) {
      problems.add("formats", "a pack is a PDF: formats must include pdf");
    }
    if (s.formats().contains(Format.CSV)) {
      problems.add("formats", "csv: a pack is one PDF with, if asked, an XLSX workbook of its tables; csv is not offered");
    }
    if (s.board() != null && !checks.knownBoard().test(s.board())) {
      problems.add("board", "unknown board '" + s.board() + "': load it into the store first (carepool import)");
    }
    if (s.cron() != null && !CronExpression.isValidExpression(s.cron())) {
      problems.add("cron", "'" + s.cron() + "' is not a Quartz cron expression (seconds minutes hours day month weekday)");
    } else if (s.cron() != null && checks.firesAfter() != null && neverFires(s, checks)) {
      problems.add("cron", "'" + s.cron() + "' never fires (no fire time after now)");
    }
  }

  private static boolean neverFires(Schedule s, Checks checks) {
    try {
      return new PackTrigger(s.cron(), s.timeZone(), s.nextWorkingDay(), checks.workingDays())
          .getFireTimeAfter(Date.from(checks.firesAfter())) == null;
    } catch (ParseException e) {
      return true;
    }
  }

  /** The YAML text of a schedule, in the file format. */
  static String write(Schedule s) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("board", s.board());
    map.put("reports", s.reports().stream().map(ReportId::id).toList());
    map.put("cron", s.cron());
    map.put("time_zone", s.timeZone().getId());
    map.put("period", s.period().key());
    map.put("formats", s.formats().stream().map(Format::extension).toList());
    map.put("recipients", s.recipients());
    map.put("enabled", s.enabled());
    map.put("misfire", s.misfire().key());
    if (s.nextWorkingDay()) {
      map.put("working_day", "next");
    }
    if (s.meeting() != null) {
      map.put("meeting", s.meeting());
    }
    if (s.meetingDate() != null) {
      map.put("meeting_date", s.meetingDate().toString());
    }
    if (s.author() != null) {
      map.put("author", s.author());
    }
    try {
      return YAML.writeValueAsString(map);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
