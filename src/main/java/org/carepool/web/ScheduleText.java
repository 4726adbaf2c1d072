package org.carepool.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.carepool.schedule.RunRecord;

/** How the Schedules, runs and Packs templates word times, run states and pack files. */
final class ScheduleText {
  /** UK time with its GMT or BST marker: "25 Oct 2026 01:30:00" happens twice that night. */
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss zzz", Locale.UK)
      .withZone(Html.LONDON);

  private ScheduleText() {}

  static String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant);
  }

  /** Why a run needs an admin. */
  static String state(RunRecord r) {
    return switch (r.outcome()) {
      case "FAILED" -> "FAILED, " + r.error();
      case "INCOMPLETE" -> "delivered without: " + String.join("; ", r.missingSections());
      case "SENDING" -> "mail attempt " + r.attempts() + " failed (" + r.error() + "); it is tried again";
      default -> r.outcome();
    };
  }

  /** An archived file's name without its folders. */
  static String fileName(String file) {
    return file.substring(file.lastIndexOf('/') + 1);
  }

  /** " (12 KB)", or nothing when the size is not known. */
  static String size(Long bytes) {
    return bytes == null ? "" : " (" + Math.max(1, bytes / 1024) + " KB)";
  }
}
