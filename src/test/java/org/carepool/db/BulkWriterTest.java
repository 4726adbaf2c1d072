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
