package org.carepool.security;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jooq.DSLContext;

/**
 * Users, their roles and their passwords (only ever stored as bcrypt hashes; no method returns
 * one). The changing methods return false when the user does not exist.
 */
public final class UserService {
  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");
  static final int MIN_PASSWORD_LENGTH = 8;
  static final int MAX_PASSWORD_LENGTH = 72; // bcrypt reads no further

  private final UserRepository users;
  private final PasswordHasher hasher;
  /** Made on the first sign-in, not at start-up: a bcrypt hash is a quarter of a second of CPU. */
  private volatile String unknownUserHash;
  private final Clock clock;
  private final RecentLogins recentLogins;

  public UserService(DSLContext dsl, PasswordHasher hasher, Clock clock) {
    this.users = new UserRepository(dsl);
    this.hasher = hasher;
    this.clock = clock;
    this.recentLogins = new RecentLogins(clock);
  }

  /** A hash to check an unknown user's password against, so that the answer takes as long as for a known one. */
  private String unknownUserHash() {
    String hash = unknownUserHash;
    if (hash == null) {
      hash = hasher.hash("no such user, same work".toCharArray()); // two threads may both make one: harmless
      unknownUserHash = hash;
    }
    return hash;
  }

  /** Creates the user, or updates its role and password when it exists. */
  public void save(String username, Role role, char[] password) {
    users.save(checkedName(username), role, hashed(password), now());
    recentLogins.forgetAll();
  }

  /** Creates a new, enabled user; returns false when the name is already taken. */
  public boolean create(String username, Role role, char[] password) {
    boolean created = users.insert(checkedName(username), role, hashed(password), now());
    recentLogins.forgetAll();
    return created;
  }

  public boolean changeRole(String username, Role role) {
    return forgetting(users.setRole(username, role, now()));
  }

  public boolean resetPassword(String username, char[] password) {
    return forgetting(users.setPasswordHash(username, hashed(password), now()));
  }

  public boolean disable(String username) {
    return forgetting(users.setEnabled(username, false, now()));
  }

  public boolean enable(String username) {
    return forgetting(users.setEnabled(username, true, now()));
  }

  public Optional<User> find(String username) {
    return users.find(username).map(UserRepository.StoredUser::user);
  }

  /** The enabled user these credentials belong to, if they are right. */
  public Optional<User> authenticate(String username, char[] password) {
    try {
      return recentLogins.recall(username, password).or(() -> verify(username, password));
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  public List<User> all() {
    return users.all();
  }

  private Optional<User> verify(String username, char[] password) {
    Optional<UserRepository.StoredUser> stored = users.find(username);
    // An unknown name costs the same bcrypt work as a known one, so timing does not tell them apart.
    boolean matches = hasher.matches(password, stored.map(UserRepository.StoredUser::passwordHash).orElseGet(this::unknownUserHash));
    Optional<User> user = stored.filter(s -> matches && s.user().enabled()).map(UserRepository.StoredUser::user);
    user.ifPresent(u -> recentLogins.remember(u, password));
    return user;
  }

  private boolean forgetting(boolean changed) {
    recentLogins.forgetAll();
    return changed;
  }

  private static String checkedName(String username) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new UserChangeRefused("user name '" + username + "': use 1–100 letters, digits or . _ @ -");
    }
    return username;
  }

  private String hashed(char[] password) {
    try {
      if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
        throw new UserChangeRefused("password: " + MIN_PASSWORD_LENGTH + " to " + MAX_PASSWORD_LENGTH + " characters");
      }
      return hasher.hash(password);
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
