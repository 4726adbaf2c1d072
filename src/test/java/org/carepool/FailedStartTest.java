package org.carepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, findings 4 and 9: a server that cannot start (its port taken, its data folder read-only)
 * says why in one sentence, without a stack trace, and its JVM exits with a non-zero status, even
 * though Quartz's threads (not daemons) were already running. Real child JVMs.
 */
class FailedStartTest {
  @TempDir
  Path work;

  @Test
  void serve_on_a_port_in_use_exits_non_zero_with_a_sentence() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Exited exited = serve(Map.of("CAREPOOL_PORT", String.valueOf(taken.getLocalPort()),
          "CAREPOOL_DATA", work.resolve("data").toString()));
      assertTrue(exited.status != 0, exited.output);
      assertTrue(exited.output.contains("cannot listen on port " + taken.getLocalPort()), exited.output);
      assertNoStackTrace(exited.output);
    }
  }

  @Test
  void serve_on_a_read_only_data_folder_exits_non_zero_with_a_sentence() throws Exception {
    Path readOnly = work.resolve("ro");
    Files.createDirectories(readOnly);
    assumeTrue(TmpFs.mount(readOnly, "ro,size=1m"), "mounting a read-only tmpfs is not allowed here");
    try {
      Exited exited = serve(Map.of("CAREPOOL_PORT", "0", "CAREPOOL_DATA", readOnly.toString()));
      assertTrue(exited.status != 0, exited.output);
      assertTrue(exited.output.contains("the data folder " + readOnly + " is read-only"), exited.output);
      assertNoStackTrace(exited.output);
    } finally {
      TmpFs.unmount(readOnly);
    }
  }

  private static void assertNoStackTrace(String output) {
    assertFalse(output.contains("\tat ") || output.contains("Exception in thread"), output);
  }

  record Exited(int status, String output) {}

  private Exited serve(Map<String, String> env) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "-Dderby.stream.error.file=" + work.resolve("derby.log"),
        Main.class.getName(), "serve").redirectErrorStream(true);
    builder.environment().putAll(env);
    builder.environment().put("CAREPOOL_SCHEDULES", work.resolve("schedules").toString());
    Process child = builder.start();
    boolean ended = child.waitFor(90, TimeUnit.SECONDS);
    if (!ended) {
      child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(ended, "the JVM of the failed start was still alive after 90 s:\n" + output);
    return new Exited(child.exitValue(), output);
  }
}
