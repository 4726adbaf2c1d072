package org.carepool;

import java.io.PrintStream;
import org.carepool.security.Role;

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
    for (String[] signIn : SIGN_INS) {
      carepool.users().createIfAbsent(signIn[0], Role.valueOf(signIn[2]), signIn[1].toCharArray());
    }
  }

  static void printSignIns(PrintStream out) {
    out.println("Demo sign-ins (user / password / role):");
    for (String[] signIn : SIGN_INS) {
      out.printf("  %-8s %-13s %s%n", signIn[0], signIn[1], signIn[2]);
    }
  }
}
