package org.carepool.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The schedules provisioned as files: every {@code *.yaml} of a folder, the file name being the id.
 * A {@code *.yml} file is refused rather than ignored, so a schedule is never silently missing.
 */
final class ScheduleFiles {
  private ScheduleFiles() {}

  /** Every schedule of the folder (none when it does not exist), or {@link ScheduleInvalid} with every problem of every file. */
  static List<Schedule> load(Path folder, ScheduleYaml.Checks checks) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<Schedule> schedules = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path file : files(folder)) {
      String name = file.getFileName().toString();
      if (name.endsWith(".yml")) {
        problems.add(file + ": file name: schedule files end in .yaml: rename it to "
            + name.substring(0, name.length() - ".yml".length()) + ".yaml");
        continue;
      }
      String id = name.substring(0, name.length() - ".yaml".length());
      if (!ScheduleYaml.validId(id)) {
        problems.add(file + ": file name: '" + id + "' must be lower-case letters, digits and '-'");
        continue;
      }
      try {
        schedules.add(ScheduleYaml.read(id, file.toString(), read(file), Schedule.Source.FILE, checks));
      } catch (ScheduleInvalid e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new ScheduleInvalid(problems);
    }
    return schedules;
  }

  private static List<Path> files(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".yaml") || f.getFileName().toString().endsWith(".yml"))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the schedules folder " + folder, e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ScheduleInvalid(List.of(file + ": cannot be read: " + e.getMessage()));
    }
  }
}
