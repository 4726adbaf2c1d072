package org.carepool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package of {@code src/main/java} says in its {@code package-info.java} what it must not
 * import ("Must not import: {@code a.b}, …"), and none of its classes does: walked over every
 * package, every problem collected, one failure listing them all.
 */
class PackageRulesTest {
  private static final Path SOURCES = Path.of("src/main/java");
  private static final Pattern RULE = Pattern.compile("Must not import:(.*?})\\.", Pattern.DOTALL);
  private static final Pattern NAME = Pattern.compile("\\{@code ([a-zA-Z0-9_.]+)}");
  private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?([a-zA-Z0-9_.]+)");

  @Test
  void every_package_says_what_it_must_not_import_and_imports_none_of_it() throws IOException {
    List<String> problems = new ArrayList<>();
    List<Path> packages;
    try (Stream<Path> dirs = Files.walk(SOURCES)) {
      packages = dirs.filter(Files::isDirectory).filter(PackageRulesTest::holdsClasses).toList();
    }
    for (Path dir : packages) {
      check(dir, problems);
    }
    assertEquals(List.of(), problems);
  }

  private static void check(Path dir, List<String> problems) throws IOException {
    Path info = dir.resolve("package-info.java");
    if (!Files.exists(info)) {
      problems.add(dir + ": no package-info.java saying what the package owns and must not import");
      return;
    }
    Matcher rule = RULE.matcher(Files.readString(info));
    if (!rule.find()) {
      problems.add(info + ": no \"Must not import:\" sentence");
      return;
    }
    List<String> forbidden = new ArrayList<>();
    Matcher name = NAME.matcher(rule.group(1));
    while (name.find()) {
      forbidden.add(name.group(1));
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher imported = IMPORT.matcher(Files.readString(file));
        while (imported.find()) {
          String type = imported.group(1);
          forbidden.stream().filter(f -> type.startsWith(f + ".")).findFirst()
              .ifPresent(f -> problems.add(file + " imports " + type + " (its package must not import " + f + ")"));
        }
      }
    }
  }

  private static boolean holdsClasses(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
