package org.carepool.report;

/** One section of a pack: its title in the contents and bookmarks, and its PDF or why it is missing. */
record PackSection(String title, byte[] pdf, String missing) {

  static PackSection of(String title, byte[] pdf) {
    return new PackSection(title, pdf, null);
  }

  static PackSection missing(String title, String why) {
    return new PackSection(title, null, why);
  }
}
