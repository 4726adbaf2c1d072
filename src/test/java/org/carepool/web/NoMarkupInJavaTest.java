package org.carepool.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages' HTML lives in {@code src/main/jte}: walks the web package and lists every line of Java
 * that writes a tag.
 */
class NoMarkupInJavaTest {
  private static final Path WEB = Path.of("src", "main", "java", "org", "carepool", "web");
  /** A tag written in a Java string ({@code "<p "}, {@code "…</ul>"}) or starting a line of a text block. */
  private static final Pattern TAG = Pattern.compile("(^|\")[^\"]*</?[a-z][a-z0-9]*[ >/]");

  @Test
  void no_web_class_writes_html() throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.list(WEB)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i).strip();
          boolean comment = line.startsWith("*") || line.startsWith("/*") || line.startsWith("//");
          if (!comment && TAG.matcher(line).find()) {
            problems.add(file.getFileName() + ":" + (i + 1) + ": " + line);
          }
        }
      }
    }
    assertEquals(List.of(), problems, "HTML written in Java; it belongs in a template under src/main/jte");
  }
}
