package org.carepool.text;

import java.util.List;

/** Small pieces of the sentences carepool writes for people, each written once. */
public final class Sentences {
  private Sentences() {}

  /** "A", "A and B", "A, B and C"; "" for none. */
  public static String and(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  /**
   * A value someone sent, fit to quote in a message: at most {@code limit} characters (then "…"),
   * control characters shown as "?" so that it cannot break a line, a header or a log.
   */
  public static String printable(String value, int limit) {
    String cut = value.length() > limit ? value.substring(0, limit) + "…" : value;
    return cut.replaceAll("\\p{Cntrl}", "?");
  }
}
