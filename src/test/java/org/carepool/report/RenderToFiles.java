package org.carepool.report;

import java.nio.file.Files;
import java.nio.file.Path;

/** Renders the examples to a folder, to look at: {@code RenderToFiles /tmp/ie}. Not a test. */
final class RenderToFiles {

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/rendered");
    Files.createDirectories(dir);
    ReportRenderer renderer = new ReportRenderer();
    for (IncomeExpenditureReport report : new IncomeExpenditureReport[] {Examples.lb1(), Examples.lb2(), Examples.aligned()}) {
      for (Format format : Format.values()) {
        Files.write(dir.resolve(ReportRenderer.fileName(report, format)), renderer.render(report, format));
      }
    }
    System.out.println("rendered into " + dir.toAbsolutePath());
  }
}
