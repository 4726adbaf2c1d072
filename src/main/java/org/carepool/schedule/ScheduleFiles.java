package org.carepool.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The schedules provisioned as files: every {@code *.yaml} of a folder, the file name being the id. */
final class ScheduleFiles {
  private ScheduleFiles() {}

  /** Every schedule of the folder (none when it does not exist), or {@link ScheduleInvalid} with every problem of every file. */
  static List<Schedule> load(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<Schedule> schedules = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - ".yaml".length());
        try {
          if (!ScheduleYaml.validId(id)) {
            problems.add(file + ": file name: '" + id + "' must be lower-case letters, digits and '-'");
            continue;
          }
          schedules.add(ScheduleYaml.read(id, file.toString(), Files.readString(file, StandardCharsets.UTF_8),
              Schedule.Source.FILE));
        } catch (ScheduleInvalid e) {
          problems.addAll(e.problems());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the schedules folder " + folder, e);
    }
    if (!problems.isEmpty()) {
      throw new ScheduleInvalid(problems);
    }
    return schedules;
  }
}
