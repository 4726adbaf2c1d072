package org.carepool.report;

/** Told as a pack's sections are made (side by side, so in any order), for a page to show "section n of m". */
@FunctionalInterface
public interface PackProgress {
  PackProgress NONE = (made, of) -> { };

  /** {@code made} of the pack's {@code of} sections are made (0 before the first). */
  void sectionsMade(int made, int of);
}
