package org.carepool;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import org.carepool.audit.Audit;
import org.carepool.security.Role;
import org.carepool.security.UserAdmin;

/** {@code user NAME --role ROLE}: creates or updates a user, the password read from standard input. */
final class UserCommand {
  private final Map<String, String> env;
  private final InputStream stdin;
  private final PrintStream out;

  UserCommand(Map<String, String> env, InputStream stdin, PrintStream out) {
    this.env = env;
    this.stdin = stdin;
    this.out = out;
  }

  int run(CommandLine line) {
    String name = line.positional("user NAME");
    Role role = role(line.value("--role", "VIEWER|ANALYST|ADMIN"));
    line.noMore();
    char[] password = readPassword();
    try (Carepool carepool = Carepool.open(Settings.fromEnvironment(env), Clock.systemDefaultZone())) {
      carepool.userAdmin().save(new UserAdmin.Actor(Audit.commandLineUser(), Audit.COMMAND_LINE), name, role, password);
    }
    out.println("user " + name + " saved with role " + role);
    return 0;
  }

  private static Role role(String raw) {
    return Arrays.stream(Role.values()).filter(r -> r.name().equalsIgnoreCase(raw)).findFirst()
        .orElseThrow(() -> new UsageError("--role: '" + raw + "' is not a role; use one of "
            + String.join(", ", Arrays.stream(Role.values()).map(Role::name).toList())));
  }

  private char[] readPassword() {
    if (System.console() != null && stdin == System.in) {
      char[] typed = System.console().readPassword("password for the user: ");
      if (typed != null) {
        return typed;
      }
    }
    try {
      String lineRead = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
      if (lineRead == null) {
        throw new UsageError("no password on standard input");
      }
      return lineRead.toCharArray();
    } catch (IOException e) {
      throw new UsageError("cannot read the password from standard input: " + e.getMessage());
    }
  }
}
