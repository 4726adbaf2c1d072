package org.carepool.schedule;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * A schedule as the API shows it: its definition, where it comes from, its state in Quartz, and its
 * newest run (null before the first); the meeting, its date (ISO) and the author its packs name on
 * their covers, each null when not set.
 */
public record ScheduleView(String id, String source, boolean readOnly, String board, List<String> reports,
    String cron, String timeZone, String period, List<String> formats, List<String> recipients, boolean enabled,
    String misfire, String workingDay, boolean paused, ZonedDateTime nextFire, RunRecord lastRun, String meeting,
    String meetingDate, String author) {}
