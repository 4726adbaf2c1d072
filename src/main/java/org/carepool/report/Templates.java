package org.carepool.report;

import net.sf.jasperreports.engine.util.JRLoader;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;

/**
 * The JasperReports templates, compiled by the build into {@code .jasper} files in the classpath
 * folder {@code reports/} (beside the {@code .jrxml} sources of the project's {@code reports/}),
 * each loaded when first used.
 */
final class Templates {

  /** Every template a renderer uses; the style template {@code carepool-styles.jrtx} is loaded by them. */
  static final List<String> NAMES = List.of(
      "income-expenditure", "ie-income", "ie-schemes", "ie-steps", "ie-risk-share", "ie-cost-split", "ie-notes",
      "ie-key-variances",
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
}
