package org.carepool.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/**
 * How a command reaches the server that holds the store: the server writes its port and a random
 * token into {@code server.control} in the data folder, readable by its owner only, and deletes it
 * when it stops. Whoever can read it can read the store's files anyway, so the token gives no more
 * than the folder does; the server accepts it for {@code POST /api/backups} only.
 */
public final class ControlFile implements AutoCloseable {
  private static final String NAME = "server.control";

  /** What the file says. */
  public record Server(int port, String token) {}

  private final Path file;
  private final String token;

  private ControlFile(Path file, String token) {
    this.file = file;
    this.token = token;
  }

  /** Writes the file for a server answering on {@code port}. */
  public static ControlFile write(Path dataDir, int port) {
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    String token = HexFormat.of().formatHex(random);
    Path file = dataDir.resolve(NAME);
    try {
      Files.createDirectories(dataDir);
      Files.deleteIfExists(file);
      Files.createFile(file);
      restrict(file);
      Files.writeString(file, "port=" + port + "\ntoken=" + token + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
    return new ControlFile(file, token);
  }

  /** The server that wrote the file in {@code dataDir}, if one did (it may have stopped without deleting it). */
  public static Optional<Server> read(Path dataDir) {
    Path file = dataDir.resolve(NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (var in = Files.newBufferedReader(file)) {
      p.load(in);
      return Optional.of(new Server(Integer.parseInt(p.getProperty("port")), p.getProperty("token")));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  public boolean accepts(String presented) {
    return java.security.MessageDigest.isEqual(token.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        presented.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static void restrict(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the data folder's own permissions apply
    }
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a stale file is harmless: its token dies with the server
    }
  }
}
