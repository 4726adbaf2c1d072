package org.carepool.report;

import java.nio.file.Files;
import java.nio.file.Path;

/** Renders the pack fixture's pack and workbook to a folder, to look at: {@code RenderPackToFiles /tmp/pack}. Not a test. */
final class RenderPackToFiles {

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/rendered");
    Files.createDirectories(dir);
    Pack pack = PackFixture.reports().pack(PackFixture.request(true));
    Files.write(dir.resolve(pack.pdf().fileName()), pack.pdf().content());
    Files.write(dir.resolve(pack.workbook().orElseThrow().fileName()), pack.workbook().orElseThrow().content());
    System.out.println("rendered into " + dir.toAbsolutePath() + "; missing " + pack.missing());
  }
}
