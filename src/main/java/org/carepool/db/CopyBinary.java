package org.carepool.db;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rows in COPY's binary format (PostgreSQL docs, "COPY … Binary Format"): the server then parses no
 * text, and the client formats none, for the activity path's column types. Each column is written in
 * the binary form of its type in the table, which the caller reads from the server
 * ({@link #encoders}); a table with any other type is copied as text instead.
 */
final class CopyBinary {
  /** The file header: signature, flags (no OIDs), no header extension. */
  static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};
  /** The file trailer: a field count of -1. */
  static final byte[] TRAILER = {(byte) 0xFF, (byte) 0xFF};
  /** Days from 1970-01-01 (Java's epoch) to 2000-01-01 (PostgreSQL's). */
  private static final long PG_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
  private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);
  /** Encoders by the server's type name, as JDBC's metadata gives it. */
  private static final Map<String, Encoder> BY_TYPE = Map.of(
      "varchar", CopyBinary::text, "bpchar", CopyBinary::text, "text", CopyBinary::text,
      "int2", (out, v) -> out.int16(((Number) v).shortValue()), "int4", (out, v) -> out.int32(((Number) v).intValue()),
      "int8", (out, v) -> out.int64(((Number) v).longValue()), "numeric", CopyBinary::numeric,
      "date", (out, v) -> out.int32(Math.toIntExact(((LocalDate) v).toEpochDay() - PG_EPOCH_DAY)),
      "bool", (out, v) -> out.byte1((Boolean) v ? 1 : 0));
  /** The Java value each type takes, as jOOQ's generated fields declare it. */
  private static final Map<String, Class<?>> JAVA_TYPE = Map.of("varchar", String.class, "bpchar", String.class,
      "text", String.class, "int2", Short.class, "int4", Integer.class, "int8", Long.class,
      "numeric", BigDecimal.class, "date", LocalDate.class, "bool", Boolean.class);

  /** Writes one non-null value's bytes (after its length, which {@link Buffer} fills in). */
  interface Encoder {
    void write(Buffer out, Object value);
  }

  private CopyBinary() {}

  /**
   * The encoder of each column, given the server's type names of the columns and the Java types of
   * the values; null when any column is of a type this format is not written for here, or its values
   * are not of the type the column takes (e.g. text into a boolean column): such a table goes as text.
   */
  static List<Encoder> encoders(List<String> serverTypes, List<Class<?>> javaTypes) {
    List<Encoder> encoders = new ArrayList<>();
    for (int i = 0; i < serverTypes.size(); i++) {
      Encoder encoder = BY_TYPE.get(serverTypes.get(i));
      if (encoder == null || !JAVA_TYPE.get(serverTypes.get(i)).equals(javaTypes.get(i))) {
        return null;
      }
      encoders.add(encoder);
    }
    return encoders;
  }

  /** One row: its field count, then each field's length (-1 for NULL) and bytes. */
  static void row(Buffer out, List<Encoder> encoders, Object[] values) {
    out.int16((short) values.length);
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        out.int32(-1);
      } else {
        int lengthAt = out.startField();
        encoders.get(i).write(out, values[i]);
        out.endField(lengthAt);
      }
    }
  }

  /** Text, varchar and char send their UTF-8 bytes as they are. */
  private static void text(Buffer out, Object value) {
    out.utf8((String) value);
  }

  /**
   * NUMERIC's binary form: digit count, weight (of the first digit, in powers of 10,000), sign,
   * display scale, then base-10,000 digits, the fraction's groups aligned on the decimal point. The
   * server strips leading and trailing zero digits, so they may be sent.
   */
  private static void numeric(Buffer out, Object value) {
    BigDecimal number = (BigDecimal) value;
    int scale = Math.max(number.scale(), 0);
    int fractionGroups = (scale + 3) / 4;
    BigInteger unscaled = number.setScale(fractionGroups * 4).unscaledValue().abs();
    short[] digits = new short[unscaled.bitLength() / 13 + 1];
    int count = 0;
    if (unscaled.bitLength() < 63) {
      for (long rest = unscaled.longValue(); rest > 0; rest /= 10_000) {
        digits[count++] = (short) (rest % 10_000);
      }
    } else {
      for (BigInteger rest = unscaled; rest.signum() > 0; ) {
        BigInteger[] qr = rest.divideAndRemainder(TEN_THOUSAND);
        digits[count++] = qr[1].shortValue();
        rest = qr[0];
      }
    }
    out.int16((short) count);
    out.int16((short) (count == 0 ? 0 : count - fractionGroups - 1));
    out.int16((short) (number.signum() < 0 ? 0x4000 : 0));
    out.int16((short) scale);
    for (int i = count - 1; i >= 0; i--) {
      out.int16(digits[i]);
    }
  }

  /** A growing byte buffer with big-endian writers, sent to the server in chunks. */
  static final class Buffer {
    private byte[] bytes;
    private int size;

    Buffer(int capacity) {
      bytes = new byte[capacity];
    }

    int size() {
      return size;
    }

    byte[] bytes() {
      return bytes;
    }

    void clear() {
      size = 0;
    }

    void put(byte[] data) {
      ensure(data.length);
      System.arraycopy(data, 0, bytes, size, data.length);
      size += data.length;
    }

    void byte1(int value) {
      ensure(1);
      bytes[size++] = (byte) value;
    }

    void int16(short value) {
      ensure(2);
      bytes[size++] = (byte) (value >> 8);
      bytes[size++] = (byte) value;
    }

    void int32(int value) {
      ensure(4);
      bytes[size++] = (byte) (value >> 24);
      bytes[size++] = (byte) (value >> 16);
      bytes[size++] = (byte) (value >> 8);
      bytes[size++] = (byte) value;
    }

    void int64(long value) {
      int32((int) (value >> 32));
      int32((int) value);
    }

    /** ASCII is copied char by char; anything else goes through the UTF-8 encoder. */
    void utf8(String text) {
      int length = text.length();
      ensure(length);
      int start = size;
      for (int i = 0; i < length; i++) {
        char c = text.charAt(i);
        if (c >= 0x80) {
          size = start;
          put(text.getBytes(StandardCharsets.UTF_8));
          return;
        }
        bytes[size++] = (byte) c;
      }
    }

    /** Leaves room for a field's length; returns where it goes. */
    int startField() {
      int at = size;
      int32(0);
      return at;
    }

    /** Fills in the length of the field that started at {@code at}. */
    void endField(int at) {
      int length = size - at - 4;
      bytes[at] = (byte) (length >> 24);
      bytes[at + 1] = (byte) (length >> 16);
      bytes[at + 2] = (byte) (length >> 8);
      bytes[at + 3] = (byte) length;
    }

    private void ensure(int more) {
      if (size + more > bytes.length) {
        bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
      }
    }
  }
}
