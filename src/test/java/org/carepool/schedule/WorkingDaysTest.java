package org.carepool.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.carepool.error.Invalid;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 6 review m6 and m2: the holiday list can be replaced without a build, and says when it runs out. */
class WorkingDaysTest {
  @TempDir
  Path work;

  @Test
  void a_holiday_file_named_by_carepool_bank_holidays_replaces_the_shipped_list() throws Exception {
    Path file = Files.writeString(work.resolve("holidays.txt"), "# next years\n2029-12-25 Christmas Day\n2030-12-25\n");
    WorkingDays days = WorkingDays.load(Optional.of(file));
    assertFalse(days.isWorkingDay(LocalDate.parse("2029-12-25")));
    assertTrue(days.isWorkingDay(LocalDate.parse("2026-12-28")), "the shipped list is replaced, not added to");
    assertEquals(2030, days.lastListedYear());
    assertEquals(file.toString(), days.source());
  }

  @Test
  void a_bad_line_in_the_holiday_file_names_the_file_and_line() throws Exception {
    Path file = Files.writeString(work.resolve("holidays.txt"), "2029-12-25\n25/12/2030\n");
    Invalid e = assertThrows(Invalid.class, () -> WorkingDays.load(Optional.of(file)));
    assertEquals(file + ": line 2: '25/12/2030' is not a date (YYYY-MM-DD)", e.getMessage());
  }

  @Test
  void the_preview_warns_when_working_day_fires_pass_the_end_of_the_list() {
    CronPreview preview = CronPreview.of("0 0 7 25 12 ?", "Europe/London", true, WorkingDays.shipped(),
        Instant.parse("2026-11-26T00:00:00Z"), 5);
    assertEquals(5, preview.fires().size());
    assertEquals(1, preview.warnings().size(), preview.toString());
    assertTrue(preview.warnings().get(0).contains("up to 2028"), preview.warnings().get(0));
    assertTrue(CronPreview.of("0 0 7 25 12 ?", "Europe/London", false, WorkingDays.shipped(),
        Instant.parse("2026-11-26T00:00:00Z"), 5).warnings().isEmpty());
  }

  @Test
  void the_preview_refuses_an_unknown_zone_and_a_cron_that_never_fires_with_a_reason() {
    Invalid zone = assertThrows(Invalid.class, () ->
        CronPreview.of("0 0 7 * * ?", "Mars/Olympus", false, WorkingDays.shipped(), Instant.now(), 5));
    assertTrue(zone.getMessage().startsWith("tz: unknown time zone 'Mars/Olympus'"), zone.getMessage());
    Invalid never = assertThrows(Invalid.class, () ->
        CronPreview.of("0 0 0 30 2 ?", "Europe/London", false, WorkingDays.shipped(), Instant.now(), 5));
    assertEquals("cron: '0 0 0 30 2 ?' never fires (no fire time after now)", never.getMessage());
  }
}
