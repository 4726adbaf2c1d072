package org.carepool.db;

import java.sql.SQLException;

/**
 * Why the store failed, in words an operator can act on: a full disk is named as such (Derby says it
 * in several ways, deep in its exception chain), anything else is the first line of the deepest cause.
 */
public final class StoreFailure {
  private static final String DISK_FULL = "the disk holding the store is full (Derby could not write its files):"
      + " free space there; carepool reopens the store by itself once it can write again";

  private StoreFailure() {}

  /** Whether the failure comes from the disk holding the store being full. */
  public static boolean isDiskFull(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      for (SQLException sql = cause instanceof SQLException s ? s : null; sql != null; sql = sql.getNextException()) {
        if (mentionsFullDisk(sql.getMessage()) || "XSDG1".equals(sql.getSQLState()) || "XSLA4".equals(sql.getSQLState())) {
          return true;
        }
      }
      if (mentionsFullDisk(cause.getMessage())) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  /** One line: the full disk named, or the deepest cause's first line. */
  public static String describe(Throwable failure) {
    if (isDiskFull(failure)) {
      return DISK_FULL;
    }
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return message.lines().findFirst().orElse("");
  }

  private static boolean mentionsFullDisk(String message) {
    if ("disk full".equals(message)) {
      return true;
    }
    if (message == null) {
      return false;
    }
    String text = message.toLowerCase(java.util.Locale.ROOT);
    return text.contains("no space left on device") || text.contains("disk is full") || text.contains("disk full");
  }
}
