package org.carepool.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;

/**
 * The compiled JasperReports templates, read from the classpath folder {@code reports/} (the
 * project's top-level {@code reports/} folder, copied into the jar) and compiled once, when built.
 */
final class Templates {

  /** Every template a renderer uses; the style template {@code carepool-styles.jrtx} is loaded by them. */
  static final List<String> NAMES = List.of(
      "income-expenditure", "ie-income", "ie-schemes", "ie-steps", "ie-risk-share", "ie-cost-split", "ie-notes",
      "performance", "performance-trends", "performance-series", "spend-mapping", "mapping-table");

  private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

  /** Compiles every template of {@link #NAMES}, two at a time (compiling is javac: ~0.2–0.5 s each). */
  Templates() {
    JasperCompileManager compiler = privateCompiler();
    NAMES.parallelStream().forEach(name -> compiled.put(name, compile(compiler, name)));
  }

  JasperReport get(String name) {
    JasperReport report = compiled.get(name);
    if (report == null) {
      throw new IllegalArgumentException("no template '" + name + "', known: " + NAMES);
    }
    return report;
  }

  static JasperReport compile(String name) {
    return compile(privateCompiler(), name);
  }

  /**
   * JasperReports' compiler writes each template's class to a temporary file named by a hash
   * of the template, so two processes compiling the same template at once (two servers, a build
   * beside a server) can read each other's half-written files. Each compiler gets its own folder.
   */
  private static JasperCompileManager privateCompiler() {
    try {
      Path folder = Files.createTempDirectory("carepool-templates");
      folder.toFile().deleteOnExit();
      SimpleJasperReportsContext context = new SimpleJasperReportsContext();
      context.setProperty("net.sf.jasperreports.compiler.temp.dir", folder.toString());
      return JasperCompileManager.getInstance(context);
    } catch (IOException e) {
      throw new ReportException("cannot make a folder to compile templates in: " + e.getMessage(), e);
    }
  }

  private static JasperReport compile(JasperCompileManager compiler, String name) {
    String resource = "reports/" + name + ".jrxml";
    try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new ReportException("template " + resource + " is not on the classpath", null);
      }
      return compiler.compile(in);
    } catch (JRException | IOException e) {
      throw new ReportException("template " + resource + " does not compile: " + e.getMessage(), e);
    }
  }
}
