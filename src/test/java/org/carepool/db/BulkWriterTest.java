package org.carepool.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;

/** The bulk path keeps every value as it was, nulls and awkward text included, inside the caller's transaction. */
class BulkWriterTest {
  private static final Table<?> T = DSL.table(DSL.name("BULK_T"));
  private static final List<Field<?>> FIELDS = List.of(
      DSL.field(DSL.name("TXT"), SQLDataType.VARCHAR(40)), DSL.field(DSL.name("AMOUNT"), SQLDataType.DECIMAL(15, 2)),
      DSL.field(DSL.name("DAY"), SQLDataType.DATE), DSL.field(DSL.name("STAMP"), SQLDataType.TIMESTAMP),
      DSL.field(DSL.name("FLAG"), SQLDataType.BOOLEAN), DSL.field(DSL.name("N"), SQLDataType.SMALLINT));

  @Test
  void rows_come_back_exactly_as_written() {
    try (Database db = TestStores.open("bulk")) {
      create(db);
      List<Object[]> rows = List.of(
          new Object[] {"tab\there, new\nline\r, back\\slash, \\N", new BigDecimal("-12.50"), LocalDate.of(2025, 4, 1),
              LocalDateTime.of(2025, 4, 1, 13, 5, 7), true, (short) 7},
          new Object[] {"", null, null, null, null, null},
          new Object[] {null, BigDecimal.ZERO, LocalDate.of(2026, 10, 31), null, false, (short) -1});
      long written = db.dsl().transactionResult(trx -> db.bulkWriter().insert(trx.dsl(), T, FIELDS, rows.iterator()));
      assertEquals(3, written);
      List<String> stored = new ArrayList<>();
      db.dsl().selectFrom(T).orderBy(DSL.field(DSL.name("N")).desc().nullsLast()).fetch()
          .forEach(r -> stored.add(Arrays.toString(r.intoArray())));
      assertEquals(List.of(
          "[tab\there, new\nline\r, back\\slash, \\N, -12.50, 2025-04-01, 2025-04-01 13:05:07.0, true, 7]",
          "[null, 0.00, 2026-10-31, null, false, -1]",
          "[, null, null, null, null, null]"), stored);
    }
  }

  /** Only types COPY's binary format is written for here (on PostgreSQL), with the values that test its encoders. */
  @Test
  void every_type_of_the_activity_path_comes_back_exactly() {
    Table<?> table = DSL.table(DSL.name("BULK_B"));
    List<Field<?>> fields = List.of(DSL.field(DSL.name("TXT"), SQLDataType.VARCHAR(40)),
        DSL.field(DSL.name("CODE"), SQLDataType.CHAR(1)), DSL.field(DSL.name("AMOUNT"), SQLDataType.DECIMAL(15, 2)),
        DSL.field(DSL.name("WIDE"), SQLDataType.DECIMAL(19, 2)), DSL.field(DSL.name("DAY"), SQLDataType.LOCALDATE),
        DSL.field(DSL.name("FLAG"), SQLDataType.BOOLEAN), DSL.field(DSL.name("N"), SQLDataType.SMALLINT),
        DSL.field(DSL.name("I"), SQLDataType.INTEGER), DSL.field(DSL.name("L"), SQLDataType.BIGINT));
    try (Database db = TestStores.open("bulk")) {
      db.dsl().execute("CREATE TABLE BULK_B (TXT VARCHAR(40), CODE CHAR(1), AMOUNT DECIMAL(15,2), WIDE DECIMAL(19,2),"
          + " DAY DATE, FLAG BOOLEAN, N SMALLINT, I INT, L BIGINT)");
      List<Object[]> rows = List.of(
          new Object[] {"Ysbyty Gwynedd – £ café", "F", new BigDecimal("1234567890123.45"),
              new BigDecimal("-99999999999999999.99"), LocalDate.of(1999, 12, 31), true, (short) 1, Integer.MAX_VALUE,
              Long.MAX_VALUE},
          new Object[] {"", "M", new BigDecimal("0.05"), new BigDecimal("10000.00"), LocalDate.of(2000, 1, 1), false,
              (short) 2, Integer.MIN_VALUE, Long.MIN_VALUE},
          new Object[] {"back\\slash\ttab", null, new BigDecimal("0.00"), new BigDecimal("-0.01"), LocalDate.of(2026, 3, 1),
              null, (short) 3, 0, 0L},
          new Object[] {null, "F", new BigDecimal("7"), new BigDecimal("100000000.10"), LocalDate.of(1900, 2, 28), true,
              Short.MIN_VALUE, -1, -1L});
      long written = db.dsl().transactionResult(trx -> db.bulkWriter().insert(trx.dsl(), table, fields, rows.iterator()));
      assertEquals(4, written);
      List<String> stored = new ArrayList<>();
      db.dsl().selectFrom(table).orderBy(DSL.field(DSL.name("N"))).fetch()
          .forEach(r -> stored.add(Arrays.toString(r.intoArray())));
      assertEquals(List.of(
          "[null, F, 7.00, 100000000.10, 1900-02-28, true, -32768, -1, -1]",
          "[Ysbyty Gwynedd – £ café, F, 1234567890123.45, -99999999999999999.99, 1999-12-31, true, 1, 2147483647,"
              + " 9223372036854775807]",
          "[, M, 0.05, 10000.00, 2000-01-01, false, 2, -2147483648, -9223372036854775808]",
          "[back\\slash\ttab, null, 0.00, -0.01, 2026-03-01, null, 3, 0, 0]"), stored);
    }
  }

  @Test
  void a_rolled_back_transaction_keeps_none_of_the_rows() {
    try (Database db = TestStores.open("bulk")) {
      create(db);
      List<Object[]> rows = List.<Object[]>of(new Object[] {"a", BigDecimal.ONE, null, null, null, (short) 1});
      assertThrows(IllegalStateException.class, () -> db.dsl().transaction(trx -> {
        db.bulkWriter().insert(trx.dsl(), T, FIELDS, rows.iterator());
        throw new IllegalStateException("rejected");
      }));
      assertEquals(0, db.dsl().fetchCount(T));
    }
  }

  private static void create(Database db) {
    db.dsl().execute("CREATE TABLE BULK_T (TXT VARCHAR(40), AMOUNT DECIMAL(15,2), DAY DATE, STAMP TIMESTAMP,"
        + " FLAG BOOLEAN, N SMALLINT)");
  }
}
