package org.carepool.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A board {@code BIG40} of {@code n} arrangements, copies of the demo board's five in turn
 * ({@code BIG-01-BCF}, {@code BIG-01-ICES}, …), with every per-arrangement file copied for each: a pack
 * of n arrangements with the demo's figures. Written as CSV files beside the demo's, to load after them.
 */
final class BigBoard {
  private static final List<String> DEMO = List.of("BCF", "ICES", "IC-JV", "LDP", "MHA");
  private static final List<String> PER_ARRANGEMENT = List.of("arrangement_localities.csv", "agreed_shares.csv",
      "schemes.csv", "contributions.csv", "budgets.csv", "forecasts.csv", "spend.csv", "kpi_targets.csv",
      "kpi_actuals.csv");

  private BigBoard() {}

  static void write(Path demo, Path out, int arrangements) throws IOException {
    Files.createDirectories(out);
    Files.writeString(out.resolve("boards.csv"), "code,name\nBIG40,Benchmark board of " + arrangements + "\n");
    List<String> lines = Files.readAllLines(demo.resolve("arrangements.csv"));
    StringBuilder rows = new StringBuilder(lines.get(0)).append('\n');
    for (int i = 0; i < arrangements; i++) {
      String code = DEMO.get(i % DEMO.size());
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split(",", -1); // code,name,board,… (no quoted cells in the demo's file)
        if (cells[0].equals(code)) {
          cells[0] = copy(i, code);
          cells[1] = cells[1] + " (copy " + (i / DEMO.size() + 1) + ")";
          cells[2] = "BIG40";
          rows.append(String.join(",", cells)).append('\n');
        }
      }
    }
    Files.writeString(out.resolve("arrangements.csv"), rows);
    for (String file : PER_ARRANGEMENT) {
      copyRows(demo.resolve(file), out.resolve(file), arrangements);
    }
  }

  private static void copyRows(Path from, Path to, int arrangements) throws IOException {
    List<String> lines = Files.readAllLines(from);
    StringBuilder rows = new StringBuilder(lines.get(0)).append('\n');
    for (int i = 0; i < arrangements; i++) {
      String code = DEMO.get(i % DEMO.size());
      for (String line : lines.subList(1, lines.size())) {
        if (line.startsWith(code + ",")) {
          rows.append(copy(i, code)).append(line, code.length(), line.length()).append('\n');
        }
      }
    }
    Files.writeString(to, rows);
  }

  private static String copy(int i, String code) {
    return String.format(Locale.ROOT, "BIG-%02d-%s", i / DEMO.size() + 1, code);
  }
}
