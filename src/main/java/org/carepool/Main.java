package org.carepool;

import java.util.Arrays;

/** {@code java -jar carepool.jar COMMAND …}: see SPEC §9 and the README. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(new Commands(System.getenv(), System.in, System.out, System.err).run(args));
  }

  static String usage() {
    return String.join(System.lineSeparator(),
        "usage: java -jar carepool.jar COMMAND",
        "  serve [--demo]                              start the server (--demo: load the demo data into an empty store)",
        "  import PATH…                                load CSV files or folders (SPEC §3)",
        "  demo-data --out DIR [--scale N]             write the demo data set as CSV files",
        "  user NAME --role VIEWER|ANALYST|ADMIN       create or update a user; password on standard input",
        "  render REPORT --arrangement CODE|--board CODE --month YYYY-MM --format pdf|xlsx|csv [--units pounds|thousands] --out FILE",
        "  render board-pack --board CODE --month YYYY-MM --format pdf|xlsx --out FILE",
        "  backup --out DIR                            back up the store and pack archive (the running server makes it if one runs)",
        "  restore DIR                                 fill an empty CAREPOOL_DATA from a backup");
  }

  static String[] tail(String[] args) {
    return Arrays.copyOfRange(args, 1, args.length);
  }
}
