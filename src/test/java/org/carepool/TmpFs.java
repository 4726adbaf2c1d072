package org.carepool;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real small or read-only filesystem for the resilience tests: a tmpfs mounted on a folder. Only
 * root may mount; elsewhere {@link #mount} answers false and the test is skipped, saying so.
 */
public final class TmpFs {
  private TmpFs() {}

  /** Mounts a tmpfs with the options (e.g. {@code size=2m} or {@code ro,size=1m}); false when not allowed. */
  public static boolean mount(Path folder, String options) {
    return run("mount", "-t", "tmpfs", "-o", options, "tmpfs", folder.toString());
  }

  public static void unmount(Path folder) {
    run("umount", "-l", folder.toString());
  }

  private static boolean run(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
