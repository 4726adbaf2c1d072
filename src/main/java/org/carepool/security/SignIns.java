package org.carepool.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.carepool.audit.Audit;
import org.carepool.audit.AuditAction;
import org.jooq.DSLContext;

/**
 * Signing in and out, for the page (a session) and for scripts (HTTP Basic, no session).
 *
 * <p>Throttling: {@value #MAX_FAILURES_PER_NAME} failed sign-ins for one user name, or
 * {@value #MAX_FAILURES_PER_ADDRESS} from one address, within 15 minutes lock that name (or
 * address) until 15 minutes after the latest failure. While locked, no password is checked.
 * A successful sign-in clears its name's failures (not its address's).
 *
 * A refused try while locked is audited once per lock (SIGN_IN_LOCKED), not once per try, so that
 * nobody can flood the audit log by hammering a locked name.
 *
 * <p>Sessions end after 30 minutes idle or 8 hours in all, on sign-out, and when an
 * administrator resets the user's password or disables the user; a role change applies to the
 * next request, because every request reads the user afresh. Ended sessions are deleted from the
 * store at start-up ({@link #deleteEndedSessions}) and at every sign-in: sessions are only made by
 * signing in, so the table never holds more than the live ones and those ended since.
 */
public final class SignIns {
  static final int MAX_FAILURES_PER_NAME = 5;
  static final int MAX_FAILURES_PER_ADDRESS = 20;
  static final Duration LOCK = Duration.ofMinutes(15);
  static final Duration IDLE = Duration.ofMinutes(30);
  static final Duration LIFETIME = Duration.ofHours(8);
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  /** What a sign-in attempt came to. */
  public sealed interface Outcome {}

  /** Signed in; a page sign-in also carries the new session's token and CSRF token. */
  public record Granted(User user, String sessionToken, String csrfToken) implements Outcome {}

  public record Denied() implements Outcome {}

  public record Locked(Instant until) implements Outcome {}

  /** A lock on a name or an address: until when, and since which failure (the window it covers). */
  private record Lock(Instant until, Instant since, boolean byAddress) {}

  /** A live session: its user as stored now, and the token every form must echo. */
  public record Session(User user, String csrfToken) {}

  private final UserService users;
  private final SessionRepository sessions;
  private final FailureRepository failures;
  private final Audit audit;
  private final Clock clock;
  private final Tokens tokens = new Tokens();

  public SignIns(DSLContext dsl, UserService users, Audit audit, Clock clock) {
    this.users = users;
    this.sessions = new SessionRepository(dsl);
    this.failures = new FailureRepository(dsl);
    this.audit = audit;
    this.clock = clock;
  }

  /** A sign-in from the page: on success a new session. */
  public Outcome signIn(String username, char[] password, String address) {
    Outcome outcome = attempt(username, password, address, "sign-in page");
    if (outcome instanceof Granted granted) {
      deleteEndedSessions();
      String token = tokens.next();
      String csrf = tokens.next();
      sessions.insert(Tokens.sha256(token), granted.user().username(), csrf, address, now());
      audit.record(granted.user().username(), AuditAction.SIGN_IN, "signed in (role " + granted.user().role() + ")", address);
      return new Granted(granted.user(), token, csrf);
    }
    return outcome;
  }

  /** A request carrying HTTP Basic credentials; only failures are audited. */
  public Outcome basic(String username, char[] password, String address) {
    return attempt(username, password, address, "HTTP Basic");
  }

  public Optional<Session> session(String token) {
    if (token == null || token.isEmpty() || token.length() > 100) {
      return Optional.empty();
    }
    String hash = Tokens.sha256(token);
    LocalDateTime now = now();
    return sessions.find(hash)
        .filter(s -> s.user().enabled())
        .filter(s -> s.createdAt().plus(LIFETIME).isAfter(now) && s.lastSeenAt().plus(IDLE).isAfter(now))
        .map(s -> {
          if (s.lastSeenAt().plus(TOUCH_EVERY).isBefore(now)) {
            sessions.touch(hash, now);
          }
          return new Session(s.user(), s.csrfToken());
        });
  }

  public void signOut(String token, String username, String address) {
    if (token != null) {
      sessions.delete(Tokens.sha256(token));
    }
    audit.record(username, AuditAction.SIGN_OUT, "signed out", address);
  }

  /** Deletes the sessions that have run out (idle too long, or too old); returns how many. */
  public int deleteEndedSessions() {
    LocalDateTime now = now();
    return sessions.deleteStale(now.minus(LIFETIME), now.minus(IDLE));
  }

  /** Ends every session of a user (password reset, disabled). */
  void endSessionsOf(String username) {
    sessions.deleteAllOf(username);
  }

  private Outcome attempt(String typedName, char[] password, String address, String channel) {
    String name = typedName == null ? "" : typedName.strip();
    name = name.length() > 100 ? name.substring(0, 100) : name;
    LocalDateTime since = now().minus(LOCK);
    FailureRepository.Count byName = failures.forUsername(name, since);
    Optional<Lock> lock = lock(byName, failures.forAddress(address, since));
    if (lock.isPresent()) {
      noteOnce(lock.get(), name, address, channel);
      return new Locked(lock.get().until());
    }
    Optional<User> user = password.length > UserService.MAX_PASSWORD_LENGTH || name.isEmpty()
        ? Optional.empty()
        : users.authenticate(name, password);
    if (user.isPresent()) {
      // Most requests (every API call with Basic credentials) have no failures to forget: skip the write.
      // Failures older than the lock window count for nothing, and deleteBefore clears them.
      if (byName.failures() > 0) {
        failures.forgetUsername(name);
      }
      return new Granted(user.get(), null, null);
    }
    failures.deleteBefore(now().minusDays(1));
    failures.insert(name, address, now());
    audit.record(name, AuditAction.SIGN_IN_FAILED, "wrong user name or password, or user disabled (" + channel + ")", address);
    return new Denied();
  }

  private static Optional<Lock> lock(FailureRepository.Count byName, FailureRepository.Count byAddress) {
    LocalDateTime latest = null;
    boolean fromAddress = false;
    if (byName.failures() >= MAX_FAILURES_PER_NAME) {
      latest = byName.latest();
    }
    if (byAddress.failures() >= MAX_FAILURES_PER_ADDRESS && (latest == null || byAddress.latest().isAfter(latest))) {
      latest = byAddress.latest();
      fromAddress = true;
    }
    boolean byAddressLock = fromAddress;
    return Optional.ofNullable(latest).map(l -> new Lock(l.plus(LOCK).toInstant(ZoneOffset.UTC), l.toInstant(ZoneOffset.UTC),
        byAddressLock));
  }

  /** The first refused try of a lock window is audited; the rest of that window's tries are not. */
  private void noteOnce(Lock lock, String name, String address, String channel) {
    boolean noted = lock.byAddress()
        ? audit.recordedFrom(address, AuditAction.SIGN_IN_LOCKED, lock.since())
        : audit.recordedFor(name, AuditAction.SIGN_IN_LOCKED, lock.since());
    if (!noted) {
      audit.record(name, AuditAction.SIGN_IN_LOCKED, "refused without checking the password (" + channel + "): too many failures"
          + (lock.byAddress() ? " from this address" : " for this name")
          + "; the lock's further refused tries are not recorded one by one", address);
    }
  }

  private LocalDateTime now() {
    return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
