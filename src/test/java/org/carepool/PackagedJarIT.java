package org.carepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged target/carepool.jar, run as a user would: a separate JVM per command, one data
 * folder shared by all. Proves the fat jar keeps its service files (Flyway's Derby support),
 * JasperReports extensions and fonts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackagedJarIT {
  @TempDir static Path work;
  private static Path demo;

  @BeforeAll
  static void writeDemoData() throws Exception {
    demo = work.resolve("demo");
    Result result = run(List.of("demo-data", "--out", demo.toString()), null);
    assertEquals(0, result.exit, result.output);
  }

  @Test
  @Order(1)
  void a_file_with_three_bad_rows_is_rejected_with_every_line_and_writes_nothing() throws Exception {
    Path bad = work.resolve("bad");
    Files.createDirectories(bad);
    Files.writeString(bad.resolve("organisations.csv"), String.join("\n",
        "code,name,kind",
        "ICB,NHS Westshire ICB,NHS_COMMISSIONER",
        "WCC,Westshire County Council,COUNCIL",
        "WGH,Westshire General Hospital,NHS_PROVIDER",
        ",Nameless Trust,NHS_PROVIDER",
        "ICB,Duplicate ICB,NHS_COMMISSIONER", ""));
    Result rejected = run(List.of("import", bad.toString()), null);
    assertEquals(1, rejected.exit, rejected.output);
    assertTrue(rejected.output.contains("organisations.csv line 3, column kind"), rejected.output);
    assertTrue(rejected.output.contains("organisations.csv line 5, column code"), rejected.output);
    assertTrue(rejected.output.contains("organisations.csv line 6, column code"), rejected.output);

    Result arrangements = run(List.of("render", "income-expenditure", "--arrangement", "BCF", "--month", "2025-09",
        "--format", "pdf", "--out", work.resolve("none.pdf").toString()), null);
    assertEquals(1, arrangements.exit, "nothing was loaded, so BCF is unknown: " + arrangements.output);
  }

  @Test
  @Order(2)
  void the_demo_data_imports_and_renders_a_pdf_with_embedded_fonts() throws Exception {
    Result imported = run(List.of("import", demo.toString()), null);
    assertEquals(0, imported.exit, imported.output);
    assertTrue(imported.output.contains("loaded activity.csv"), imported.output);
    assertTrue(!imported.output.contains(" INFO "), "the log goes to a file, not the terminal: " + imported.output);
    assertTrue(Files.readString(work.resolve("data/carepool-cli.log")).contains("activity.csv loaded by"));

    Path pdf = work.resolve("bcf.pdf");
    Result rendered = run(List.of("render", "income-expenditure", "--arrangement", "BCF", "--month", "2025-09",
        "--format", "pdf", "--out", pdf.toString()), null);
    assertEquals(0, rendered.exit, rendered.output);
    try (var document = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("Month 6 (September 2025)"), text);
      assertTrue(text.contains("Westshire Better Care Fund"), text);
      var font = document.getPage(0).getResources().getFontNames().iterator().next();
      assertTrue(document.getPage(0).getResources().getFont(font).isEmbedded(), "fonts are embedded");
    }
  }

  @Test
  @Order(3)
  void a_new_user_can_sign_in_and_list_the_arrangements_over_http() throws Exception {
    Result user = run(List.of("user", "finance.lead", "--role", "VIEWER"), "a-long-password\n");
    assertEquals(0, user.exit, user.output);
    Result badRole = run(List.of("user", "bob", "--role", "FOO"), "a-long-password\n");
    assertEquals(2, badRole.exit, badRole.output);
    assertEquals("carepool: --role: 'FOO' is not a role; use one of VIEWER, ANALYST, ADMIN", badRole.output.strip());

    int port = freePort();
    Process server = start(List.of("serve"), port);
    try {
      HttpClient http = HttpClient.newHttpClient();
      waitForHealth(http, port);
      String token = Base64.getEncoder().encodeToString("finance.lead:a-long-password".getBytes(StandardCharsets.UTF_8));
      HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/arrangements"))
          .header("Authorization", "Basic " + token).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, list.statusCode());
      for (String code : new String[] {"BCF", "ICES", "IC-JV", "MHA", "LDP"}) {
        assertTrue(list.body().contains("\"code\":\"" + code + "\""), list.body());
      }
      HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(
          URI.create("http://localhost:" + port + "/api/arrangements")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(401, anonymous.statusCode());
    } finally {
      server.destroy();
      server.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /**
   * README command 1's {@code -XX:SharedArchiveFile=target/carepool.jsa}: the archive the build made fits the jar
   * it made, so carepool's own classes come from it (a stale archive would only warn and load them from the jar).
   */
  @Test
  @Order(4)
  void the_build_made_class_data_sharing_archive_serves_the_jar_s_classes() throws Exception {
    Process process = new ProcessBuilder(javaBinary(), "-XX:SharedArchiveFile=target/carepool.jsa",
        "-Xlog:class+load=info:stdout", "-jar", "target/carepool.jar").redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(1, TimeUnit.MINUTES));
    assertEquals(2, process.exitValue(), "no command: the usage and status 2");
    assertTrue(output.contains("org.carepool.Main source: shared objects file (top)"), output);
    assertTrue(output.contains("org.carepool.Commands source: shared objects file (top)"), output);
  }

  private record Result(int exit, String output) {}

  private static Result run(List<String> args, String stdin) throws Exception {
    Process process = start(args, 0);
    if (stdin != null) {
      process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "command finished: " + args);
    return new Result(process.exitValue(), output);
  }

  private static Process start(List<String> args, int port) throws IOException {
    List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", Path.of("target/carepool.jar").toAbsolutePath().toString()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
    builder.environment().put("CAREPOOL_DATA", work.resolve("data").toString());
    builder.environment().put("CAREPOOL_PORT", Integer.toString(port));
    if (port != 0) {
      builder.redirectOutput(work.resolve("server.log").toFile());
    }
    return builder.start();
  }

  private static void waitForHealth(HttpClient http, int port) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        var health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health")).build(),
            HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        Thread.sleep(250);
      }
    }
    throw new AssertionError("server did not answer /health: " + Files.readString(work.resolve("server.log")));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
