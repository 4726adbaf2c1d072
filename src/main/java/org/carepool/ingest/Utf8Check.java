package org.carepool.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Finds where a file stops being UTF-8, once reading it has failed: the physical line, which value
 * of its row (counted by the commas outside quotes before it) and the bytes. Read only on that
 * error, so the normal read pays nothing for it.
 */
final class Utf8Check {
  /** The first bytes that are not UTF-8; {@code field} is the 0-based value of row number {@code record} (header = 0). */
  record BadBytes(long line, long record, int field, byte[] bytes) {
  }

  private long line = 1;
  private long record;
  private int field;
  private boolean quoted;

  private Utf8Check() {
  }

  /** The first bytes that are not UTF-8, or null when every byte is. */
  static BadBytes firstBad(InputStream in) throws IOException {
    return new Utf8Check().scan(in);
  }

  private BadBytes scan(InputStream in) throws IOException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    CharBuffer chars = CharBuffer.allocate(64 * 1024);
    boolean end = false;
    while (!end) {
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      end = n < 0;
      bytes.position(bytes.position() + Math.max(n, 0));
      bytes.flip();
      CoderResult result;
      do {
        result = decoder.decode(bytes, chars, end);
        count(chars);
      } while (result.isOverflow());
      if (result.isError()) {
        byte[] bad = new byte[result.length()];
        bytes.get(bad);
        return new BadBytes(line, record, field, bad);
      }
      bytes.compact();
    }
    return null;
  }

  private void count(CharBuffer chars) {
    chars.flip();
    while (chars.hasRemaining()) {
      char c = chars.get();
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        field++;
      } else if (c == '\n') {
        line++;
        if (!quoted) {
          record++;
          field = 0;
        }
      }
    }
    chars.clear();
  }

  /** E.g. {@code 0xA3}, or {@code 0xE9 0x20} */
  static String hex(byte[] bytes) {
    return String.join(" ", Arrays.stream(toInts(bytes)).mapToObj(b -> String.format("0x%02X", b)).toList());
  }

  private static int[] toInts(byte[] bytes) {
    int[] ints = new int[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      ints[i] = bytes[i] & 0xFF;
    }
    return ints;
  }
}
