package org.carepool;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carepool.db.Database;

/**
 * Every setting carepool reads, from environment variables, checked once at start-up with
 * messages that name the variable. Components are handed the values they need, not this.
 */
record Settings(int port, Path dataDir, String dbUrl, Smtp smtp, Packs packs) {

  record Smtp(Optional<String> host, int port, Optional<String> user, Optional<String> password, String from) {}

  /**
   * @param schedulesDir  the folder of schedule files (SPEC §7)
   * @param schedulerName names this server's rows in the store's Quartz tables: keep it across restarts
   * @param publicUrl     the server's address as mail recipients reach it, for links to large packs
   * @param attachLimitMb packs larger than this go out as a link to the archive instead of an attachment (0: always a link)
   * @param adminEmails   who hears of a pack whose delivery finally failed
   * @param mailAttempts  tries per message before a delivery counts as failed
   * @param renderThreads packs rendered at once
   * @param retentionDays archived packs older than this are deleted (their runs stay, the pack marked expired)
   * @param bankHolidays  a bank-holiday list to use instead of the shipped one (working_day: next)
   */
  record Packs(Path schedulesDir, String schedulerName, String publicUrl, int attachLimitMb, List<String> adminEmails, int mailAttempts,
      int renderThreads, int retentionDays, Optional<Path> bankHolidays) {}

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
            env.getOrDefault("CAREPOOL_SMTP_FROM", "carepool@localhost")),
        packs(env));
  }

  private static Packs packs(Map<String, String> env) {
    int port = integer(env, "CAREPOOL_PORT", 7070, 0, 65535);
    String admins = env.getOrDefault("CAREPOOL_ADMIN_EMAILS", "");
    return new Packs(
        Path.of(env.getOrDefault("CAREPOOL_SCHEDULES", "schedules")),
        env.getOrDefault("CAREPOOL_SCHEDULER_NAME", "carepool"),
        env.getOrDefault("CAREPOOL_PUBLIC_URL", "http://localhost:" + port),
        integer(env, "CAREPOOL_ATTACH_LIMIT_MB", 10, 0, 1000),
        Arrays.stream(admins.split(",")).map(String::trim).filter(a -> !a.isEmpty()).toList(),
        integer(env, "CAREPOOL_MAIL_ATTEMPTS", 4, 1, 20),
        integer(env, "CAREPOOL_RENDER_THREADS", 2, 1, 16),
        integer(env, "CAREPOOL_PACK_RETENTION_DAYS", 400, 1, 36500),
        Optional.ofNullable(blankToNull(env.get("CAREPOOL_BANK_HOLIDAYS"))).map(Path::of));
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
