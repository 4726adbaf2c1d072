package org.carepool.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import org.carepool.delivery.RunStages;
import org.carepool.schedule.RunRecord;
import org.carepool.schedule.ScheduleView;

/** How the Schedules, runs and Packs templates word times, run states and pack files. */
final class ScheduleText {
  /** UK time with its GMT or BST marker: "25 Oct 2026 01:30:00" happens twice that night. */
  private static final DateTimeFormatter RETRY = DateTimeFormatter.ofPattern("HH:mm:ss zzz", Locale.UK)
      .withZone(Html.LONDON);
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss zzz", Locale.UK)
      .withZone(Html.LONDON);

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

  private ScheduleText() {}

  /** What the packs' covers name ("Westshire HWB, public meeting, Thu 15 Jan 2026; prepared by J Smith"), or "". */
  static String cover(ScheduleView s) {
    List<String> meeting = new ArrayList<>();
    if (s.meeting() != null) {
      meeting.add(s.meeting());
    }
    if (s.meetingDate() != null) {
      meeting.add(DAY.format(LocalDate.parse(s.meetingDate())));
    }
    String named = String.join(", ", meeting);
    if (s.author() == null) {
      return named;
    }
    return named.isEmpty() ? "Prepared by " + s.author() : named + "; prepared by " + s.author();
  }

  static String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant);
  }

  /** What a run under way is doing: "rendering the pack", "mail attempt 1 failed; retry at 14:05 GMT". */
  static String stage(RunStages.Stage stage) {
    return stage.retryAt() == null ? stage.what() : stage.what() + " " + RETRY.format(stage.retryAt());
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
