package org.carepool;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.carepool.audit.Audit;
import org.carepool.demo.DemoData;
import org.carepool.security.Role;
import org.carepool.security.UserAdmin;

/** What {@code serve --demo} adds to an empty store: the demo data set and one user per role. */
final class DemoSetup {
  private static final String[][] SIGN_INS = {
      {"viewer", "viewer-demo", "VIEWER"},
      {"analyst", "analyst-demo", "ANALYST"},
      {"admin", "admin-demo", "ADMIN"},
  };

  private final Carepool carepool;
  private final PrintStream out;

  DemoSetup(Carepool carepool, PrintStream out) {
    this.carepool = carepool;
    this.out = out;
  }

  void prepare() {
    if (carepool.arrangements().list().isEmpty()) {
      loadDemoData();
    } else {
      out.println("The store already holds data: the demo data set is not loaded again.");
    }
    UserAdmin.Actor by = new UserAdmin.Actor(Audit.commandLineUser(), Audit.COMMAND_LINE);
    for (String[] signIn : SIGN_INS) {
      carepool.userAdmin().create(by, signIn[0], Role.valueOf(signIn[2]), signIn[1].toCharArray());
    }
  }

  static void printSignIns(PrintStream out) {
    out.println("Demo sign-ins (user / password / role):");
    for (String[] signIn : SIGN_INS) {
      out.printf("  %-8s %-13s %s%n", signIn[0], signIn[1], signIn[2]);
    }
  }

  private void loadDemoData() {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("carepool-demo");
      out.println("Loading the Westshire demo data set into the empty store…");
      new DemoData(DemoData.DEFAULT_SEED).write(dir, 1);
      var result = carepool.imports().load(List.of(dir), Audit.commandLineUser(), Audit.COMMAND_LINE, new TerminalProgress(out));
      long rows = result.files().stream().mapToLong(f -> f.rows()).sum();
      out.printf("Loaded %,d rows from %d files.%n", rows, result.files().size());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the demo data set", e);
    } finally {
      deleteQuietly(dir);
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a leftover temporary folder is harmless
    }
  }
}
