package org.carepool;

/** {@code java -jar carepool.jar COMMAND …}: see SPEC §9 and the README. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(new Commands(System.getenv(), System.in, System.out, System.err).run(args));
  }
}
