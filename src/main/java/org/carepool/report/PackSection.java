package org.carepool.report;

/**
 * One section of a pack: its title in the contents and bookmarks, and either its report's figures
 * (with the PDF rendered for the pack, when a PDF is being made) or why it could not be produced.
 */
record PackSection(String title, ReportData data, byte[] pdf, String missing) {

  static PackSection of(String title, ReportData data, byte[] pdf) {
    return new PackSection(title, data, pdf, null);
  }

  static PackSection missing(String title, String why) {
    return new PackSection(title, null, null, why);
  }

  boolean produced() {
    return missing == null;
  }

  /** The bookmark's title: the contents' title, marked when the section is only a note. */
  String bookmark() {
    return produced() ? title : title + " (not produced)";
  }
}
