package org.carepool.report;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One section of a pack: its title in the contents and bookmarks, and either its report's figures
 * (with the report filled for the pack, when a PDF is being made) or why it could not be produced.
 *
 * <p>The fill may still be under way when the section is made: the pack's PDF export starts on the
 * first section while the later ones are being filled, and {@link #print()} waits for this one.
 *
 * @param group the bookmark it is nested under (its arrangement) and its own bookmark there (the
 *              report), or {@code null} for a section bookmarked on its own
 */
record PackSection(String title, ReportData data, CompletableFuture<SectionPrint> filling, String missing,
    Group group) {

  /** A parent bookmark's title (e.g. "A1 North pool") and the section's under it (e.g. "Performance"). */
  record Group(String heading, String entry) {}

  static PackSection of(String title, ReportData data, SectionPrint print) {
    return filling(title, data, print == null ? null : CompletableFuture.completedFuture(print));
  }

  /** A produced section whose print is being filled (null when no PDF is being made). */
  static PackSection filling(String title, ReportData data, CompletableFuture<SectionPrint> filling) {
    return new PackSection(title, data, filling, null, null);
  }

  static PackSection missing(String title, String why) {
    return new PackSection(title, null, null, why, null);
  }

  /** The same section, bookmarked as {@code entry} under {@code heading}. */
  PackSection in(String heading, String entry) {
    return new PackSection(title, data, filling, missing, new Group(heading, entry));
  }

  /**
   * The report filled for the pack, once it is filled (null when no PDF is being made); a fill that
   * failed throws what it threw.
   */
  SectionPrint print() {
    if (filling == null) {
      return null;
    }
    try {
      return filling.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  boolean produced() {
    return missing == null;
  }

  /** The bookmark's title: the contents' title (or its entry under its group), marked when only a note. */
  String bookmark() {
    String name = group == null ? title : group.entry();
    return produced() ? name : name + " (not produced)";
  }
}
