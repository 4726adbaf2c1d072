package org.carepool.ingest;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One file to load: its name and a way to read its bytes. The SHA-256 the import batch records is
 * taken while the file is read to be checked (the first read to reach the end), so a large file is
 * not read an extra time just to hash it.
 */
final class ImportInput {
  private final String name;
  private final Path path;
  private final byte[] content;
  private volatile String sha256;

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

  /** The file's size in bytes; 0 when it cannot be read. */
  long size() {
    try {
      return path != null ? Files.size(path) : content.length;
    } catch (IOException e) {
      return 0;
    }
  }

  /** The file's bytes, hashed as they are read. */
  InputStream open() throws IOException {
    InputStream raw = path != null ? Files.newInputStream(path) : new ByteArrayInputStream(content);
    return sha256 != null ? raw : new Hashing(raw);
  }

  /** SHA-256 of the file's bytes, lower-case hex; "" when it cannot be read. */
  String sha256() {
    if (sha256 == null) {
      try (InputStream in = open()) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      } catch (IOException e) {
        return "";
      }
    }
    return sha256;
  }

  /** For callers that read a file that was readable moments ago. */
  static UncheckedIOException unreadable(String name, IOException e) {
    return new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
  }

  /** Hashes what passes through it; at the end of the bytes, the file's hash is known. */
  private final class Hashing extends FilterInputStream {
    private final MessageDigest digest = sha256Digest();

    Hashing(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b < 0) {
        ended();
      } else {
        digest.update((byte) b);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n < 0) {
        ended();
      } else {
        digest.update(buffer, offset, n);
      }
      return n;
    }

    @Override
    public long skip(long n) {
      throw new UnsupportedOperationException("a hashed file is read, not skipped");
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    private void ended() {
      if (sha256 == null) {
        sha256 = HexFormat.of().formatHex(digest.digest());
      }
    }
  }

  private static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
