package org.carepool.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files of one load, resolved from paths (files and folders) or uploads, sorted into
 * dependency order. Unknown names, missing paths and a second file of the same kind are problems.
 */
final class Inputs {
  /** A file to load and the kind its name says it is ({@code null}: not an import file). */
  record Input(ImportInput file, FileKind kind) {
  }

  private final ProblemLog problems;
  private final List<Input> inputs = new ArrayList<>();
  private final Map<FileKind, Input> byKind = new EnumMap<>(FileKind.class);

  Inputs(ProblemLog problems) {
    this.problems = problems;
  }

  Inputs addPaths(Collection<Path> paths) {
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        addFolder(path);
      } else if (Files.isRegularFile(path)) {
        add(ImportInput.of(path));
      } else {
        problems.add(String.valueOf(path.getFileName()), 0, "", path.toString(), "no such file or folder: " + path);
      }
    }
    return this;
  }

  Inputs addUploads(Collection<UploadedFile> uploads) {
    uploads.forEach(upload -> add(ImportInput.of(upload)));
    return this;
  }

  /** The import files, in dependency order; the unknown ones last. */
  List<Input> sorted() {
    List<Input> list = new ArrayList<>(inputs);
    list.sort(Comparator.comparingInt(i -> i.kind() == null ? Integer.MAX_VALUE : i.kind().ordinal()));
    return list;
  }

  private void addFolder(Path folder) {
    int before = inputs.size();
    try (Stream<Path> files = Files.list(folder)) {
      files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().toLowerCase().endsWith(".csv"))
          .sorted().forEach(f -> add(ImportInput.of(f)));
    } catch (IOException e) {
      problems.add(String.valueOf(folder.getFileName()), 0, "", folder.toString(), "cannot list folder: " + e);
    }
    if (inputs.size() == before) {
      problems.add(String.valueOf(folder.getFileName()), 0, "", folder.toString(),
          "the folder holds no CSV files; expected some of " + FileKind.expectedNames());
    }
  }

  private void add(ImportInput file) {
    FileKind kind = FileKind.byFileName(file.name()).orElse(null);
    if (kind == null) {
      problems.add(file.name(), 0, "", file.name(), "'" + file.name() + "' is not a carepool import file name; expected"
          + " one of " + FileKind.expectedNames() + " (a name may go on after -, _ or ., e.g. spend-2025-09.csv)");
    } else if (byKind.containsKey(kind)) {
      problems.add(file.name(), 0, "", file.name(), "a second " + kind.fileName + " in one load (also "
          + byKind.get(kind).file().name() + "); load it separately");
      return;
    }
    Input input = new Input(file, kind);
    if (kind != null) {
      byKind.put(kind, input);
    }
    inputs.add(input);
  }
}
