package org.carepool.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Staged rows on a store without {@link DerbyRowFileInsert}: the row file read back as text and
 * inserted in JDBC batches, each value cast to its field's type by the database.
 */
final class StagedBatches {
  private StagedBatches() {}

  static long insert(DSLContext trx, Table<?> table, List<Field<?>> fields, RowFile.Written rows, Object... last) {
    try (BufferedReader in = Files.newBufferedReader(rows.file(), StandardCharsets.UTF_8)) {
      return BulkWriter.insertInBatches(trx, table, fields, lines(in, fields.size(), last), true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the temporary row file " + rows.file(), e);
    }
  }

  private static Iterator<Object[]> lines(BufferedReader in, int columns, Object[] last) {
    return new Iterator<>() {
      private String line = readLine(in);

      @Override
      public boolean hasNext() {
        return line != null;
      }

      @Override
      public Object[] next() {
        if (line == null) {
          throw new NoSuchElementException();
        }
        Object[] values = RowFile.split(line, columns);
        for (int i = 0; i < last.length; i++) {
          values[columns - last.length + i] = last[i] == null ? null : RowFile.text(last[i]);
        }
        line = readLine(in);
        return values;
      }
    };
  }

  private static String readLine(BufferedReader in) {
    try {
      return in.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the temporary row file", e);
    }
  }
}
