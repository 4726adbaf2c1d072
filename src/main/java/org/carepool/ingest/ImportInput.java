package org.carepool.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** One file to load: its name and a way to read its bytes (again: the importer reads each file twice). */
final class ImportInput {
  private final String name;
  private final Path path;
  private final byte[] content;
  private String sha256;

  private ImportInput(String name, Path path, byte[] content) {
    this.name = name;
    this.path = path;
    this.content = content;
  }

  static ImportInput of(Path file) {
    return new ImportInput(file.getFileName().toString(), file, null);
  }

  static ImportInput of(UploadedFile upload) {
    String name = upload.name() == null ? "" : Path.of(upload.name().replace('\\', '/')).getFileName().toString();
    return new ImportInput(name, null, upload.content() == null ? new byte[0] : upload.content());
  }

  String name() {
    return name;
  }

  InputStream open() throws IOException {
    return path != null ? Files.newInputStream(path) : new ByteArrayInputStream(content);
  }

  /** SHA-256 of the file's bytes, lower-case hex; "" when it cannot be read. */
  String sha256() {
    if (sha256 == null) {
      sha256 = digest();
    }
    return sha256;
  }

  private String digest() {
    try (InputStream in = open()) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[64 * 1024];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        sha.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      return "";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** For callers that read a file that was readable moments ago. */
  static UncheckedIOException unreadable(String name, IOException e) {
    return new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
  }
}
