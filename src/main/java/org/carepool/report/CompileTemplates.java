package org.carepool.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRSaver;

/**
 * The build's template compiler (run by Maven in a JVM of its own, after the classes are compiled):
 * every {@code *.jrxml} of a folder becomes a {@code .jasper} file, marked with the SHA-256 of its
 * source so that a test can tell a stale one. The server and commands only load them: nothing is
 * compiled when carepool starts. Arguments: {@code SOURCE_FOLDER TARGET_FOLDER}.
 */
public final class CompileTemplates {
  /** The property of a compiled template holding the SHA-256 of the {@code .jrxml} it was compiled from. */
  static final String SOURCE_SHA256 = "org.carepool.source.sha256";

  private CompileTemplates() {}

  public static void main(String[] args) throws IOException {
    Path source = Path.of(args[0]);
    Path target = Path.of(args[1]);
    Files.createDirectories(target);
    List<String> problems = new ArrayList<>();
    List<Path> templates;
    try (Stream<Path> files = Files.list(source)) {
      templates = files.filter(f -> f.getFileName().toString().endsWith(".jrxml")).sorted().toList();
    }
    templates.parallelStream().forEach(jrxml -> {
      try {
        compile(jrxml, target);
      } catch (JRException | IOException e) {
        synchronized (problems) {
          problems.add(jrxml + ": " + e.getMessage());
        }
      }
    });
    if (!problems.isEmpty()) {
      System.err.println(problems.size() + " template(s) do not compile:\n  " + String.join("\n  ", problems));
      System.exit(1);
    }
    System.out.println("compiled " + templates.size() + " template(s) from " + source + " into " + target);
  }

  private static void compile(Path jrxml, Path target) throws JRException, IOException {
    byte[] text = Files.readAllBytes(jrxml);
    JasperReport report;
    try (InputStream in = new java.io.ByteArrayInputStream(text)) {
      report = JasperCompileManager.compileReport(in);
    }
    report.setProperty(SOURCE_SHA256, sha256(text));
    String name = jrxml.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
    JRSaver.saveObject(report, target.resolve(name).toFile());
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
