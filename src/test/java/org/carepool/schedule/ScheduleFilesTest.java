package org.carepool.schedule;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleFilesTest {

  @Test
  void every_file_in_schedules_is_valid_and_names_a_board_of_the_demo_store() {
    List<String> problems = new ArrayList<>();
    List<Schedule> schedules = List.of();
    try {
      schedules = ScheduleFiles.load(Path.of("schedules"));
    } catch (ScheduleInvalid e) {
      problems.addAll(e.problems());
    }
    BoardRepository boards = new BoardRepository(PackStore.demo().dsl());
    for (Schedule s : schedules) {
      if (boards.name(s.board()).isEmpty()) {
        problems.add("schedules/" + s.id() + ".yaml: board: unknown board '" + s.board() + "'");
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
    assertTrue(schedules.stream().anyMatch(s -> s.id().equals("hwb-monthly")), "hwb-monthly.yaml is shipped");
  }

  @Test
  void an_invalid_schedule_names_the_file_and_every_bad_key() {
    try {
      ScheduleYaml.read("bad", "schedules/bad.yaml", String.join("\n", "board: HWB", "reports: [nope]",
          "cron: \"every tuesday\"", "time_zone: Mars/Olympus", "misfire: later", "colour: red", ""),
          Schedule.Source.FILE);
      throw new AssertionError("accepted");
    } catch (ScheduleInvalid e) {
      String all = String.join("\n", e.problems());
      for (String key : List.of("reports", "cron", "time_zone", "misfire", "colour", "recipients")) {
        assertTrue(all.contains("schedules/bad.yaml: " + key + ":"), key + " not named in:\n" + all);
      }
    }
  }
}
