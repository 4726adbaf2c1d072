package org.carepool.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
  private static final Set<String> KEYS = Set.of("board", "reports", "cron", "time_zone", "period", "formats",
      "recipients", "enabled", "misfire", "working_day");
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+");
  private static final YAMLMapper YAML = new YAMLMapper();

  private ScheduleYaml() {}

  static boolean validId(String id) {
    return id != null && ID.matcher(id).matches();
  }

  /** The schedule the text describes, or {@link ScheduleInvalid} with every problem, each prefixed by {@code where}. */
  static Schedule read(String id, String where, String text, Schedule.Source source) {
    Problems problems = new Problems(where);
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (JsonProcessingException e) {
      throw new ScheduleInvalid(List.of(where + ": not valid YAML: " + e.getOriginalMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new ScheduleInvalid(List.of(where + ": expected a mapping of keys " + KEYS));
    }
    if (id == null) {
      id = problems.text(root, "id", null);
    }
    if (id != null && !validId(id)) {
      problems.add("id", "'" + id + "' must be lower-case letters, digits and '-' (at most 80)");
    }
    boolean idInText = source == Schedule.Source.PAGE;
    root.fieldNames().forEachRemaining(k -> {
      if (!KEYS.contains(k) && !(idInText && k.equals("id"))) {
        problems.add(k, "unknown key (known: " + String.join(", ", new java.util.TreeSet<>(KEYS)) + ")");
      }
    });
    String board = problems.text(root, "board", null);
    List<ReportId> reports = problems.list(root, "reports", List.of(), ReportId::parse);
    String cron = problems.text(root, "cron", null);
    if (cron != null && !CronExpression.isValidExpression(cron)) {
      problems.add("cron", "'" + cron + "' is not a Quartz cron expression (seconds minutes hours day month weekday)");
    }
    ZoneId zone = problems.parsed(root, "time_zone", DEFAULT_ZONE, ZoneId::of);
    Schedule.PackPeriod period = problems.parsed(root, "period", Schedule.PackPeriod.PREVIOUS_MONTH,
        v -> oneOf(Schedule.PackPeriod.values(), Schedule.PackPeriod::key, v));
    List<Format> formats = problems.list(root, "formats", List.of(Format.PDF), Format::parse);
    List<String> recipients = problems.list(root, "recipients", List.of(), ScheduleYaml::email);
    boolean enabled = problems.parsed(root, "enabled", true, ScheduleYaml::bool);
    Schedule.Misfire misfire = problems.parsed(root, "misfire", Schedule.Misfire.RUN_ONCE,
        v -> oneOf(Schedule.Misfire.values(), Schedule.Misfire::key, v));
    boolean nextWorkingDay = problems.parsed(root, "working_day", false, v -> {
      if (!v.equals("next")) {
        throw new IllegalArgumentException("'" + v + "': the only value is 'next'");
      }
      return true;
    });
    if (reports.isEmpty()) {
      problems.add("reports", "name at least one report, known: " + List.of(ReportId.values()));
    }
    if (recipients.isEmpty()) {
      problems.add("recipients", "name at least one email address");
    }
    if (!formats.contains(Format.PDF)) {
      problems.add("formats", "a pack is a PDF: formats must include pdf");
    }
    problems.throwIfAny();
    return new Schedule(id, board, reports, cron, zone, period, formats, recipients, enabled, misfire, nextWorkingDay,
        source);
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
    try {
      return YAML.writeValueAsString(map);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String email(String value) {
    if (!EMAIL.matcher(value).matches()) {
      throw new IllegalArgumentException("'" + value + "' is not an email address");
    }
    return value;
  }

  private static boolean bool(String value) {
    return switch (value) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException("'" + value + "' is not true or false");
    };
  }

  private static <E> E oneOf(E[] values, Function<E, String> key, String value) {
    for (E e : values) {
      if (key.apply(e).equals(value)) {
        return e;
      }
    }
    throw new IllegalArgumentException("'" + value + "' is not one of "
        + java.util.Arrays.stream(values).map(key).toList());
  }

  /** Every problem of one file, each as {@code where: key: reason}. */
  private static final class Problems {
    private final String where;
    private final List<String> list = new ArrayList<>();

    Problems(String where) {
      this.where = where;
    }

    void add(String key, String reason) {
      list.add(where + ": " + key + ": " + reason);
    }

    String text(JsonNode root, String key, String fallback) {
      JsonNode node = root.get(key);
      if (node == null || node.isNull() || node.asText().isBlank()) {
        if (fallback == null) {
          add(key, "missing");
        }
        return fallback;
      }
      if (!node.isValueNode()) {
        add(key, "expected a single value");
        return fallback;
      }
      return node.asText().trim();
    }

    <T> T parsed(JsonNode root, String key, T fallback, Function<String, T> parse) {
      String raw = text(root, key, "");
      if (raw.isEmpty()) {
        return fallback;
      }
      try {
        return parse.apply(raw);
      } catch (IllegalArgumentException | DateTimeException e) {
        add(key, e.getMessage());
        return fallback;
      }
    }

    <T> List<T> list(JsonNode root, String key, List<T> fallback, Function<String, T> parse) {
      JsonNode node = root.get(key);
      if (node == null || node.isNull()) {
        return fallback;
      }
      if (!node.isArray()) {
        add(key, "expected a list, e.g. [a, b]");
        return fallback;
      }
      List<T> values = new ArrayList<>();
      node.forEach(item -> {
        try {
          values.add(parse.apply(item.asText().trim()));
        } catch (IllegalArgumentException e) {
          add(key, e.getMessage());
        }
      });
      return values;
    }

    void throwIfAny() {
      if (!list.isEmpty()) {
        throw new ScheduleInvalid(list);
      }
    }
  }
}
