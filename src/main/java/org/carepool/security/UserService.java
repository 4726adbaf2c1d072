package org.carepool.security;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jooq.DSLContext;

/** Users, their roles and their passwords (only ever stored as bcrypt hashes). */
public final class UserService {
  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");
  static final int MIN_PASSWORD_LENGTH = 8;

  private final UserRepository users;
  private final PasswordHasher hasher = new PasswordHasher();
  private final Clock clock;
  private final RecentLogins recentLogins;

  public UserService(DSLContext dsl, Clock clock) {
    this.users = new UserRepository(dsl);
    this.clock = clock;
    this.recentLogins = new RecentLogins(clock);
  }

  /** Creates the user, or updates its role and password when it exists. */
  public void save(String username, Role role, char[] password) {
    if (!USERNAME.matcher(username).matches()) {
      throw new IllegalArgumentException("user name '" + username + "': use 1–100 letters, digits or . _ @ -");
    }
    if (password.length < MIN_PASSWORD_LENGTH) {
      throw new IllegalArgumentException("password: at least " + MIN_PASSWORD_LENGTH + " characters");
    }
    users.save(username, role, hasher.hash(password), LocalDateTime.now(clock));
    recentLogins.forgetAll();
  }

  /** Creates the user only when no user of that name exists yet; returns whether it did. */
  public boolean createIfAbsent(String username, Role role, char[] password) {
    if (users.exists(username)) {
      return false;
    }
    save(username, role, password);
    return true;
  }

  /** The enabled user these credentials belong to, if they are right. */
  public Optional<User> authenticate(String username, char[] password) {
    try {
      return recentLogins.recall(username, password).or(() -> verify(username, password));
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  private Optional<User> verify(String username, char[] password) {
    Optional<User> user = users.find(username)
        .filter(stored -> stored.user().enabled())
        .filter(stored -> hasher.matches(password, stored.passwordHash()))
        .map(UserRepository.StoredUser::user);
    user.ifPresent(u -> recentLogins.remember(u, password));
    return user;
  }

  public List<User> all() {
    return users.all();
  }
}
