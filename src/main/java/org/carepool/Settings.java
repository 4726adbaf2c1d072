package org.carepool;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.carepool.db.Database;

/**
 * Every setting carepool reads, from environment variables, checked once at start-up with
 * messages that name the variable. Components are handed the values they need, not this.
 */
record Settings(int port, Path dataDir, String dbUrl, Smtp smtp) {

  record Smtp(Optional<String> host, int port, Optional<String> user, Optional<String> password, String from) {}

  static Settings fromEnvironment(Map<String, String> env) {
    Path dataDir = Path.of(env.getOrDefault("CAREPOOL_DATA", "data"));
    String dbUrl = blankToNull(env.get("CAREPOOL_DB_URL"));
    return new Settings(
        integer(env, "CAREPOOL_PORT", 7070, 0, 65535),
        dataDir,
        dbUrl != null ? dbUrl : Database.embeddedUrl(dataDir),
        new Smtp(
            Optional.ofNullable(blankToNull(env.get("CAREPOOL_SMTP_HOST"))),
            integer(env, "CAREPOOL_SMTP_PORT", 25, 1, 65535),
            Optional.ofNullable(blankToNull(env.get("CAREPOOL_SMTP_USER"))),
            Optional.ofNullable(env.get("CAREPOOL_SMTP_PASSWORD")),
            env.getOrDefault("CAREPOOL_SMTP_FROM", "carepool@localhost")));
  }

  private static int integer(Map<String, String> env, String key, int fallback, int min, int max) {
    String raw = blankToNull(env.get(key));
    if (raw == null) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.trim());
      if (value < min || value > max) {
        throw new IllegalArgumentException(key + ": " + value + " is outside " + min + "–" + max);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + ": '" + raw + "' is not a whole number");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
