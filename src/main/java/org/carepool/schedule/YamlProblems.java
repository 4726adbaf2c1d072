package org.carepool.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Every problem of one schedule text, each as {@code where: key: reason}, and the readers that find them. */
final class YamlProblems {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+");

  private final String where;
  private final List<String> list = new ArrayList<>();

  YamlProblems(String where) {
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
        T value = parse.apply(item.asText().trim());
        if (values.contains(value)) {
          add(key, "'" + item.asText().trim() + "' is listed twice");
        } else {
          values.add(value);
        }
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

  static String email(String value) {
    if (!EMAIL.matcher(value).matches()) {
      throw new IllegalArgumentException("'" + value + "' is not an email address");
    }
    return value;
  }

  static boolean bool(String value) {
    return switch (value) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException("'" + value + "' is not true or false");
    };
  }

  static <E> E oneOf(E[] values, Function<E, String> key, String value) {
    for (E e : values) {
      if (key.apply(e).equals(value)) {
        return e;
      }
    }
    throw new IllegalArgumentException("'" + value + "' is not one of " + Arrays.stream(values).map(key).toList());
  }
}
