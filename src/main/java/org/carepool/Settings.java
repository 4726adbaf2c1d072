package org.carepool;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.carepool.db.Database;

/**
 * Every setting carepool reads, from environment variables, checked once at start-up with
 * messages that name the variable. Components are handed the values they need, not this.
 */
record Settings(int port, Path dataDir, String dbUrl, Smtp smtp, Packs packs, Network network, Ops ops) {

  /** With the operations settings at their defaults. */
  Settings(int port, Path dataDir, String dbUrl, Smtp smtp, Packs packs, Network network) {
    this(port, dataDir, dbUrl, smtp, packs, network, Ops.DEFAULTS);
  }

  /** For callers that set up no proxy: users connect straight to carepool. */
  Settings(int port, Path dataDir, String dbUrl, Smtp smtp, Packs packs) {
    this(port, dataDir, dbUrl, smtp, packs, new Network(false, List.of()));
  }

  /**
   * What lies between the users and carepool.
   *
   * @param httpsOnly      CAREPOOL_PUBLIC_URL starts with https://: users come only over TLS, so cookies are Secure
   * @param trustedProxies CAREPOOL_TRUSTED_PROXIES: the reverse proxies' IP addresses, whose X-Forwarded-For and
   *                       X-Forwarded-Proto are believed (nobody else's are)
   */
  record Network(boolean httpsOnly, List<String> trustedProxies) {}

  /** @param timeout CAREPOOL_SMTP_TIMEOUT_SECONDS: how long the relay may take over each step of a mail */
  record Smtp(Optional<String> host, int port, Optional<String> user, Optional<String> password, String from,
      java.time.Duration timeout) {}

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

  /**
   * @param metricsToken  CAREPOOL_METRICS_TOKEN: the bearer token that opens {@code /metrics} to a scraper (an admin's
   *                      session or HTTP Basic open it too)
   * @param readyMail     CAREPOOL_READY_CHECKS_MAIL: {@code /health/ready} also checks the mail server
   * @param reportCacheMb CAREPOOL_REPORT_CACHE_MB: memory for rendered reports kept for repeated downloads (0: none)
   * @param backupDir     CAREPOOL_BACKUP_DIR: where admins' and nightly backups go
   * @param backupAt      CAREPOOL_BACKUP_AT: the UK time (HH:MM) of a nightly backup; none without it
   * @param backupKeep    CAREPOOL_BACKUP_KEEP: how many backups of that folder are kept
   */
  record Ops(Optional<String> metricsToken, boolean readyMail, int reportCacheMb, Optional<Path> backupDir,
      Optional<java.time.LocalTime> backupAt, int backupKeep) {
    static final Ops DEFAULTS = new Ops(Optional.empty(), false, 64, Optional.empty(), Optional.empty(), 7);

    /** CAREPOOL_BACKUP_DIR, by default the data folder's {@code backups/}. */
    Path backups(Path dataDir) {
      return backupDir.orElse(dataDir.resolve("backups"));
    }
  }

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
            env.getOrDefault("CAREPOOL_SMTP_FROM", "carepool@localhost"),
            java.time.Duration.ofSeconds(integer(env, "CAREPOOL_SMTP_TIMEOUT_SECONDS",
                (int) org.carepool.delivery.Mailer.Settings.RELAY_TIMEOUT.toSeconds(), 1, 3600))),
        packs(env),
        network(env),
        ops(env));
  }

  private static Ops ops(Map<String, String> env) {
    String token = blankToNull(env.get("CAREPOOL_METRICS_TOKEN"));
    if (token != null && token.strip().length() < 16) {
      throw new UsageError("CAREPOOL_METRICS_TOKEN: give at least 16 characters (e.g. openssl rand -hex 24)");
    }
    return new Ops(Optional.ofNullable(token).map(String::strip), bool(env, "CAREPOOL_READY_CHECKS_MAIL", false),
        integer(env, "CAREPOOL_REPORT_CACHE_MB", 64, 0, 4096),
        Optional.ofNullable(blankToNull(env.get("CAREPOOL_BACKUP_DIR"))).map(Path::of), backupAt(env),
        integer(env, "CAREPOOL_BACKUP_KEEP", 7, 1, 1000));
  }

  private static Optional<java.time.LocalTime> backupAt(Map<String, String> env) {
    String raw = blankToNull(env.get("CAREPOOL_BACKUP_AT"));
    if (raw == null) {
      return Optional.empty();
    }
    if (!raw.strip().matches("\\d{2}:\\d{2}")) {
      throw new UsageError("CAREPOOL_BACKUP_AT: '" + raw + "' is not a time of day HH:MM (UK time), e.g. 02:30");
    }
    try {
      return Optional.of(java.time.LocalTime.parse(raw.strip()));
    } catch (java.time.format.DateTimeParseException e) {
      throw new UsageError("CAREPOOL_BACKUP_AT: '" + raw + "' is not a time of day HH:MM (UK time), e.g. 02:30");
    }
  }

  private static boolean bool(Map<String, String> env, String key, boolean fallback) {
    String raw = blankToNull(env.get(key));
    if (raw == null) {
      return fallback;
    }
    return switch (raw.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes", "1" -> true;
      case "false", "no", "0" -> false;
      default -> throw new UsageError(key + ": '" + raw + "' is not true or false");
    };
  }

  private static Network network(Map<String, String> env) {
    String publicUrl = env.getOrDefault("CAREPOOL_PUBLIC_URL", "");
    List<String> proxies = Arrays.stream(env.getOrDefault("CAREPOOL_TRUSTED_PROXIES", "").split(","))
        .map(String::strip).filter(p -> !p.isEmpty()).toList();
    for (String proxy : proxies) {
      if (!IP_LITERAL.matcher(proxy).matches()) {
        throw new UsageError("CAREPOOL_TRUSTED_PROXIES: '" + proxy
            + "' is not an IP address (give the proxies' addresses, comma-separated, e.g. 10.0.0.5,::1)");
      }
    }
    return new Network(publicUrl.toLowerCase(java.util.Locale.ROOT).startsWith("https://"), proxies);
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

  private static final Pattern IP_LITERAL = Pattern.compile("(\\d{1,3}\\.){3}\\d{1,3}|\\[?[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*\\]?");

  private static int integer(Map<String, String> env, String key, int fallback, int min, int max) {
    String raw = blankToNull(env.get(key));
    if (raw == null) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.trim());
      if (value < min || value > max) {
        throw new UsageError(key + ": " + value + " is outside " + min + "–" + max);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new UsageError(key + ": '" + raw + "' is not a whole number");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
