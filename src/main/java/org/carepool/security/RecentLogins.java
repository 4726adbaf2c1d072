package org.carepool.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers credentials verified in the last few minutes, so that a script sending HTTP Basic
 * on every request does not pay for a deliberately slow bcrypt check each time. Holds only a
 * SHA-256 of user name and password, and forgets everything whenever any user changes.
 */
final class RecentLogins {
  private static final Duration KEEP = Duration.ofMinutes(5);

  private record Entry(User user, Instant until) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Clock clock;

  RecentLogins(Clock clock) {
    this.clock = clock;
  }

  Optional<User> recall(String username, char[] password) {
    Entry entry = entries.get(key(username, password));
    if (entry == null || entry.until().isBefore(clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(entry.user());
  }

  void remember(User user, char[] password) {
    if (entries.size() > 10_000) {
      entries.clear();
    }
    entries.put(key(user.username(), password), new Entry(user, clock.instant().plus(KEEP)));
  }

  void forgetAll() {
    entries.clear();
  }

  private static String key(String username, char[] password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(username.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
      sha.update(bytes);
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
