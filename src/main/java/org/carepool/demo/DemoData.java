package org.carepool.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Westshire demo data set: every SPEC §3 file, generated deterministically from a seed.
 * The same seed and scale always give the same bytes; scale multiplies the population (by adding
 * practices) and with it the activity. Activity is streamed to disk, never held in memory.
 */
public final class DemoData {
  /** The seed of the demo data set everyone sees: the README, {@code serve --demo} and the benchmarks. */
  public static final long DEFAULT_SEED = 42;

  private final long seed;

  public DemoData(long seed) {
    this.seed = seed;
  }

  /**
   * Writes every SPEC §3 file into dir; scale multiplies population and activity.
   * Returns a short human summary (files, row counts).
   */
  public String write(Path dir, int scale) throws IOException {
    if (scale < 1) {
      throw new IllegalArgumentException("scale must be at least 1, was " + scale);
    }
    Files.createDirectories(dir);
    var summary = new Summary();
    var area = Area.generate(seed, scale);
    var population = Population.generate(seed, area);
    var ledger = new Ledger();

    Governance.writeParties(dir, summary);
    area.writeLocalities(dir, summary);
    area.writePractices(dir, summary);
    Governance.writeArrangements(dir, summary);
    ledger.write(dir, summary);
    new Spend(seed, ledger).write(dir, summary);
    Agreements.write(dir, summary);
    population.write(dir, summary);
    var activity = new Activity(seed, area, population);
    activity.write(dir, summary);
    new Kpis(seed, activity.outturns()).write(dir, summary);
    return summary.render("Westshire demo data (seed " + seed + ", scale " + scale + ") in " + dir);
  }
}
