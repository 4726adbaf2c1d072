package org.carepool.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.carepool.arrangement.ArrangementService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleFilesTest {
  private static final ScheduleYaml.Checks KNOWS_HWB = new ScheduleYaml.Checks(Set.of("HWB", "JB")::contains,
      WorkingDays.shipped(), Instant.now());

  @TempDir
  Path work;

  @Test
  void every_file_in_schedules_is_valid_and_names_a_board_of_the_demo_store() {
    ArrangementService boards = new ArrangementService(PackStore.demo().dsl());
    List<String> problems = new ArrayList<>();
    List<Schedule> schedules = List.of();
    try {
      schedules = ScheduleFiles.load(Path.of("schedules"),
          new ScheduleYaml.Checks(b -> boards.boardName(b).isPresent(), WorkingDays.shipped(), Instant.now()));
    } catch (ScheduleInvalid e) {
      problems.addAll(e.problems());
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
    assertTrue(schedules.stream().anyMatch(s -> s.id().equals("hwb-monthly")), "hwb-monthly.yaml is shipped");
  }

  @Test
  void an_invalid_schedule_names_the_file_and_every_bad_key() {
    ScheduleInvalid e = assertThrows(ScheduleInvalid.class, () -> ScheduleYaml.read("bad", "schedules/bad.yaml",
        String.join("\n", "board: NOPE", "reports: [nope]", "cron: \"every tuesday\"", "time_zone: Mars/Olympus",
            "misfire: later", "formats: [pdf, csv]", "colour: red", ""), Schedule.Source.FILE, KNOWS_HWB));
    String all = String.join("\n", e.problems());
    for (String key : List.of("board", "reports", "cron", "time_zone", "misfire", "formats", "colour", "recipients")) {
      assertTrue(all.contains("schedules/bad.yaml: " + key + ":"), key + " not named in:\n" + all);
    }
    assertTrue(all.contains("unknown board 'NOPE'"), all);
    assertTrue(all.contains("csv"), all);
  }

  /** The cover's meeting, its date and the author: optional, read, written back, and checked. */
  @Test
  void meeting_meeting_date_and_author_are_read_and_written_and_a_bad_date_is_named() {
    String text = String.join("\n", "board: HWB", "reports: [income-expenditure]", "cron: \"0 0 7 7 * ?\"",
        "recipients: [a@b.example]", "meeting: \"Westshire HWB, public meeting\"", "meeting_date: 2026-01-15",
        "author: \"J Smith, Head of Pooled Finance\"", "");
    Schedule s = ScheduleYaml.read("hwb", "schedules/hwb.yaml", text, Schedule.Source.FILE, KNOWS_HWB);
    assertEquals("Westshire HWB, public meeting", s.meeting());
    assertEquals(java.time.LocalDate.parse("2026-01-15"), s.meetingDate());
    assertEquals("J Smith, Head of Pooled Finance", s.author());
    assertEquals(s, ScheduleYaml.read("hwb", "again", ScheduleYaml.write(s), Schedule.Source.FILE, KNOWS_HWB));
    Schedule plain = ScheduleYaml.read("hwb", "plain", String.join("\n", "board: HWB", "reports: [income-expenditure]",
        "cron: \"0 0 7 7 * ?\"", "recipients: [a@b.example]", ""), Schedule.Source.FILE, KNOWS_HWB);
    assertEquals(java.util.Arrays.asList(null, null, null), java.util.Arrays.asList(plain.meeting(), plain.meetingDate(),
        plain.author()));
    ScheduleInvalid e = assertThrows(ScheduleInvalid.class, () -> ScheduleYaml.read("bad", "schedules/bad.yaml",
        text.replace("2026-01-15", "15/01/2026"), Schedule.Source.FILE, KNOWS_HWB));
    assertEquals(List.of("schedules/bad.yaml: meeting_date: '15/01/2026' is not a date (YYYY-MM-DD)"), e.problems());
  }

  @Test
  void a_cron_that_never_fires_stops_start_up_naming_the_file_and_key() {
    PackStore.writeSchedule(work, "never", String.join("\n", "board: HWB", "reports: [income-expenditure]",
        "cron: \"0 0 7 30 2 ?\"", "recipients: [a@b.example]", ""));
    ScheduleInvalid e = assertThrows(ScheduleInvalid.class, () -> ScheduleFiles.load(work, KNOWS_HWB));
    assertEquals(List.of(work.resolve("never.yaml") + ": cron: '0 0 7 30 2 ?' never fires (no fire time after now)"),
        e.problems());
  }

  @Test
  void a_key_given_twice_is_refused_rather_than_the_last_one_winning() {
    ScheduleInvalid e = assertThrows(ScheduleInvalid.class, () -> ScheduleYaml.read("twice", "schedules/twice.yaml",
        String.join("\n", "board: HWB", "reports: [income-expenditure]", "cron: \"0 0 7 7 * ?\"",
            "cron: \"0 0 8 7 * ?\"", "recipients: [a@b.example]", ""), Schedule.Source.FILE, KNOWS_HWB));
    assertTrue(e.problems().get(0).startsWith("schedules/twice.yaml: not valid YAML: Duplicate field 'cron'"),
        e.problems().toString());
  }

  @Test
  void a_yml_file_is_refused_not_silently_ignored() throws Exception {
    PackStore.writeSchedule(work, "ok", String.join("\n", "board: HWB", "reports: [income-expenditure]",
        "cron: \"0 0 7 7 * ?\"", "recipients: [a@b.example]", ""));
    Files.writeString(work.resolve("typo.yml"), "board: HWB\n");
    ScheduleInvalid e = assertThrows(ScheduleInvalid.class, () -> ScheduleFiles.load(work, KNOWS_HWB));
    assertEquals(List.of(work.resolve("typo.yml") + ": file name: schedule files end in .yaml: rename it to typo.yaml"),
        e.problems());
  }
}
