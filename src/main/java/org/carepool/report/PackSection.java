package org.carepool.report;

/**
 * One section of a pack: its title in the contents and bookmarks, and either its report's figures
 * (with the report filled for the pack, when a PDF is being made) or why it could not be produced.
 *
 * @param group the bookmark it is nested under (its arrangement) and its own bookmark there (the
 *              report), or {@code null} for a section bookmarked on its own
 */
record PackSection(String title, ReportData data, SectionPrint print, String missing, Group group) {

  /** A parent bookmark's title (e.g. "A1 North pool") and the section's under it (e.g. "Performance"). */
  record Group(String heading, String entry) {}

  static PackSection of(String title, ReportData data, SectionPrint print) {
    return new PackSection(title, data, print, null, null);
  }

  static PackSection missing(String title, String why) {
    return new PackSection(title, null, null, why, null);
  }

  /** The same section, bookmarked as {@code entry} under {@code heading}. */
  PackSection in(String heading, String entry) {
    return new PackSection(title, data, print, missing, new Group(heading, entry));
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
