package org.carepool.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.xml.JRXmlTemplateLoader;
import org.junit.jupiter.api.Test;

/** Templates are code: every file in {@code reports/} compiles, and the renderer knows them all. */
class TemplatesTest {

  private static final Path REPORTS = Path.of("reports");

  @Test
  void every_template_in_reports_compiles() throws IOException {
    List<String> problems = new ArrayList<>();
    List<Path> templates = files(".jrxml");
    for (Path template : templates) {
      try {
        JasperCompileManager.compileReport(template.toString());
      } catch (Exception | LinkageError e) {
        problems.add(template + ": " + e.getMessage());
      }
    }
    for (Path styles : files(".jrtx")) {
      try {
        JRXmlTemplateLoader.load(styles.toFile());
      } catch (Exception e) {
        problems.add(styles + ": " + e.getMessage());
      }
    }
    assertTrue(templates.size() >= Templates.NAMES.size(), "templates found: " + templates);
    assertEquals(List.of(), problems, problems.size() + " broken template(s)");
  }

  @Test
  void the_renderer_uses_exactly_the_templates_in_reports() throws IOException {
    List<String> inFolder = files(".jrxml").stream()
        .map(p -> p.getFileName().toString().replace(".jrxml", "")).sorted().toList();
    assertEquals(inFolder, Templates.NAMES.stream().sorted().toList());
  }

  @Test
  void every_template_in_reports_is_on_the_classpath_compiled_by_the_build_from_its_current_source() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path source : files(".jrxml")) {
      String name = source.getFileName().toString().replace(".jrxml", "");
      try {
        JasperReport compiled = Templates.load(name);
        String expected = CompileTemplates.sha256(Files.readAllBytes(source));
        if (!expected.equals(compiled.getProperty(CompileTemplates.SOURCE_SHA256))) {
          problems.add(name + ".jasper was compiled from another version of " + source + ": rebuild (mvn package)");
        }
      } catch (ReportException e) {
        problems.add(e.getMessage());
      }
    }
    assertEquals(List.of(), problems, problems.size() + " compiled template problem(s)");
  }

  private static List<Path> files(String suffix) throws IOException {
    try (Stream<Path> files = Files.list(REPORTS)) {
      return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
