package org.carepool.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.carepool.arrangement.ArrangementService;
import org.carepool.audit.Audit;
import org.carepool.ingest.ImportProgress;
import org.carepool.ingest.Importer;
import org.carepool.security.Role;
import org.carepool.security.UserAdmin;

/**
 * What {@code serve --demo} adds to an empty store: the demo data set and one user per role. A
 * store that already holds data gets neither: its users are its own, and publishing the demo
 * passwords for a store that was not just made from the demo would hand out real sign-ins.
 */
public final class DemoSetup {
  /** A demo sign-in: user, password (published in the README), role. */
  public record SignIn(String user, String password, Role role) {
  }

  public static final List<SignIn> SIGN_INS = List.of(new SignIn("viewer", "viewer-demo", Role.VIEWER),
      new SignIn("analyst", "analyst-demo", Role.ANALYST), new SignIn("admin", "admin-demo", Role.ADMIN));

  private final ArrangementService arrangements;
  private final Importer importer;
  private final UserAdmin userAdmin;
  private final PrintStream out;
  private final ImportProgress progress;

  /** {@code out}: what it does, for the person starting the server; {@code progress}: the load's. */
  public DemoSetup(ArrangementService arrangements, Importer importer, UserAdmin userAdmin, PrintStream out,
      ImportProgress progress) {
    this.arrangements = arrangements;
    this.importer = importer;
    this.userAdmin = userAdmin;
    this.out = out;
    this.progress = progress;
  }

  /** Loads the demo into an empty store and creates the demo users it lacks; returns the users it created. */
  public List<SignIn> prepare() {
    if (!arrangements.list().isEmpty()) {
      out.println("The store already holds data: the demo data set is not loaded again, and no demo user is made.");
      return List.of();
    }
    loadDemoData();
    UserAdmin.Actor by = new UserAdmin.Actor(Audit.commandLineUser(), Audit.COMMAND_LINE);
    List<SignIn> created = new ArrayList<>();
    for (SignIn signIn : SIGN_INS) {
      if (userAdmin.create(by, signIn.user(), signIn.role(), signIn.password().toCharArray())) {
        created.add(signIn);
      }
    }
    return created;
  }

  /** Prints the sign-ins made by this run; says so when there are none. */
  public static void printSignIns(PrintStream out, List<SignIn> created) {
    if (created.isEmpty()) {
      out.println("No demo sign-in was created by this run: sign in with the store's own users.");
      return;
    }
    out.println("Demo sign-ins (user / password / role):");
    for (SignIn signIn : created) {
      out.printf("  %-8s %-13s %s%n", signIn.user(), signIn.password(), signIn.role());
    }
  }

  private void loadDemoData() {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("carepool-demo");
      out.println("Loading the Westshire demo data set into the empty store…");
      new DemoData(DemoData.DEFAULT_SEED).write(dir, 1);
      var result = importer.load(List.of(dir), Audit.commandLineUser(), progress);
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
