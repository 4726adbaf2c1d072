package org.carepool.db;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carepool.db.generated.DefaultSchema;
import org.carepool.db.generated.Tables;
import org.carepool.error.Conflict;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Copies every carepool table of one store into another, empty one (issue 12's migrate-store), and
 * checks every table's row count and a SHA-256 of every money table, read back in key order from both:
 * all in one transaction on the target, so that a copy that fails part-way, or copies rows that do not
 * check out, leaves the target as it found it. Quartz's own tables
 * are not copied: every schedule (files and page-made definitions, which are copied) is put into
 * Quartz again when a server starts on the target.
 */
public final class StoreCopy {
  /** The tables holding money: their content is compared row by row, by checksum. */
  static final Set<Table<?>> MONEY = Set.of(Tables.CONTRIBUTION, Tables.BUDGET, Tables.SPEND, Tables.FORECAST,
      Tables.POOL_RESERVE, Tables.RISK_STEP, Tables.MONTH_CLOSE, Tables.MONTH_CLOSE_SCHEME, Tables.MONTH_REOPEN,
      Tables.ACTIVITY_SUMMARY, Tables.ACTIVITY_PRACTICE_SUMMARY, Tables.KPI_ACTIVITY_SUMMARY);

  /** What one table moved: rows, and for a money table its checksum (the same on both sides). */
  public record Moved(String table, long rows, String checksum) {}

  private StoreCopy() {}

  /**
   * Copies {@code from} into {@code to}, which must hold no data (a store made by an earlier run holds
   * some, and is refused with a {@link Conflict}). Returns what moved, table by table, parents before
   * children; throws, having changed nothing in {@code to}, when the copy or its check fails.
   */
  public static List<Moved> copy(Database from, Database to) {
    if (!to.url().dialect().equals(org.jooq.SQLDialect.POSTGRES) || !from.url().isEmbeddedDerby()) {
      throw new IllegalArgumentException("migrate-store copies an embedded Derby store into PostgreSQL");
    }
    refuseUnlessEmpty(to);
    List<Table<?>> tables = inParentOrder();
    try {
      return to.dsl().transactionResult(trx -> {
        DSLContext target = trx.dsl();
        for (Table<?> table : tables) {
          target.deleteFrom(table).execute(); // the rows a migration seeded (the derived KPIs)
          copyTable(from.dsl(), target, to.bulkWriter(), table);
          restartIdentity(target, table);
        }
        // read back inside the copy's own transaction, before it commits: a mismatch rolls the copy back
        return verify(from.dsl(), target, tables);
      });
    } catch (RuntimeException e) {
      throw new IllegalStateException("migrate-store stopped and left " + to.url().display() + " as it found it"
          + " (the copy and its checks are one transaction, rolled back): " + StoreFailure.describe(e), e);
    }
  }

  private static void refuseUnlessEmpty(Database to) {
    for (Table<?> table : List.of(Tables.IMPORT_BATCH, Tables.APP_USER, Tables.SCHEDULE_RUN, Tables.AUDIT_EVENT)) {
      if (to.dsl().fetchCount(table) > 0) {
        throw new Conflict("the target " + to.url().display() + " already holds carepool data ("
            + table.getName().toLowerCase() + " has rows): migrate-store fills an empty database only, and"
            + " changed nothing");
      }
    }
  }

  private static void copyTable(DSLContext source, DSLContext target, BulkWriter bulk, Table<?> table) {
    List<Field<?>> fields = List.of(table.fields());
    try (Cursor<? extends Record> rows = source.selectFrom(table).fetchSize(5_000).fetchLazy()) {
      Iterator<Object[]> values = rows.stream().map(Record::intoArray).iterator();
      bulk.insert(target, table, fields, values);
    }
  }

  /** The next identity value follows the copied ones, as it did in the source. */
  private static void restartIdentity(DSLContext target, Table<?> table) {
    if (table.getIdentity() == null) {
      return;
    }
    Field<?> id = table.getIdentity().getField();
    Long max = target.select(DSL.max(id).cast(Long.class)).from(table).fetchOne(0, Long.class);
    if (max != null) {
      target.select(DSL.function("setval", Long.class,
          DSL.function("pg_get_serial_sequence", String.class, DSL.inline(target.render(table)),
              DSL.inline(id.getName().toLowerCase())), DSL.inline(max))).fetch();
    }
  }

  private static List<Moved> verify(DSLContext source, DSLContext target, List<Table<?>> tables) {
    List<Moved> moved = new ArrayList<>();
    for (Table<?> table : tables) {
      String name = table.getName().toLowerCase();
      long before = source.fetchCount(table);
      long after = target.fetchCount(table);
      if (before != after) {
        throw new IllegalStateException(name + ": " + before + " rows in the source, " + after + " copied");
      }
      String checksum = "";
      if (MONEY.contains(table)) {
        checksum = checksum(source, table);
        String copied = checksum(target, table);
        if (!checksum.equals(copied)) {
          throw new IllegalStateException(name + ": the copy's checksum " + copied + " is not the source's "
              + checksum);
        }
      }
      moved.add(new Moved(name, after, checksum));
    }
    return moved;
  }

  /** SHA-256 of every row in key order, each value written the same way whichever store it came from. */
  static String checksum(DSLContext dsl, Table<?> table) {
    MessageDigest digest = sha256();
    List<SortField<?>> order = new ArrayList<>();
    for (Field<?> key : table.getPrimaryKey().getFields()) {
      order.add(key.asc());
    }
    try (Cursor<? extends Record> rows = dsl.selectFrom(table).orderBy(order).fetchSize(5_000).fetchLazy()) {
      for (Record row : rows) {
        for (Object value : row.intoArray()) {
          String text = value instanceof BigDecimal amount ? amount.toPlainString() : String.valueOf(value);
          digest.update(text.getBytes(StandardCharsets.UTF_8));
          digest.update((byte) 0x1f);
        }
        digest.update((byte) '\n');
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Every generated table, each after the tables its foreign keys name. */
  static List<Table<?>> inParentOrder() {
    Map<String, Table<?>> left = new LinkedHashMap<>();
    DefaultSchema.DEFAULT_SCHEMA.getTables().forEach(t -> left.put(t.getName(), t));
    List<Table<?>> ordered = new ArrayList<>();
    while (!left.isEmpty()) {
      Table<?> next = left.values().stream().filter(t -> t.getReferences().stream().map(ForeignKey::getKey)
          .allMatch(k -> !left.containsKey(k.getTable().getName()) || k.getTable().getName().equals(t.getName())))
          .findFirst().orElseThrow(() -> new IllegalStateException("foreign keys in a cycle: " + left.keySet()));
      ordered.add(next);
      left.remove(next.getName());
    }
    return ordered;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
