package org.carepool.report;

import net.sf.jasperreports.engine.util.JRLoader;
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
 * The JasperReports templates, compiled by the build into {@code .jasper} files in the classpath
 * folder {@code reports/} (beside the {@code .jrxml} sources of the project's {@code reports/}),
 * each loaded when first used. {@link #compile(String)} compiles a source, for tests that check one.
 */
final class Templates {

  /** Every template a renderer uses; the style template {@code carepool-styles.jrtx} is loaded by them. */
  static final List<String> NAMES = List.of(
      "income-expenditure", "ie-income", "ie-schemes", "ie-risk-share", "ie-cost-split", "ie-notes",
      "performance", "performance-trends", "performance-series", "spend-mapping", "mapping-table");

  private final Map<String, JasperReport> loaded = new ConcurrentHashMap<>();

  /**
   * The template, loaded on first use from the {@code .jasper} file the build compiled (see
   * {@link CompileTemplates}); nothing is compiled here, so start-up pays for no template.
   */
  JasperReport get(String name) {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException("no template '" + name + "', known: " + NAMES);
    }
    return loaded.computeIfAbsent(name, Templates::load);
  }

  static JasperReport load(String name) {
    String resource = "reports/" + name + ".jasper";
    try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new ReportException("compiled template " + resource + " is not on the classpath: build with"
            + " mvn package (the build compiles reports/*.jrxml)", null);
      }
      return (JasperReport) JRLoader.loadObject(in);
    } catch (JRException | IOException e) {
      throw new ReportException("compiled template " + resource + " cannot be read: " + e.getMessage(), e);
    }
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
