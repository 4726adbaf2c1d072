package org.carepool.ingest;

import static org.carepool.db.generated.Tables.COMMENTARY;

import java.time.LocalDate;
import java.util.List;
import org.carepool.db.generated.tables.records.CommentaryRecord;
import org.jooq.Field;

/**
 * {@code commentary.csv} (SPEC §3, §4.9): the finance lead's explanation of a scheme's variance for a
 * month, or of the pool's with the scheme left empty, with the recovery action, its owner and due
 * date. Replaced by key (arrangement, scheme, month), a pool row's key having no scheme; a row
 * entered on the page with the same key is replaced too.
 */
final class CommentaryFile implements EntityFile {
  private static final List<Field<?>> FIELDS = List.of(COMMENTARY.ARRANGEMENT, COMMENTARY.SCHEME, COMMENTARY.MONTH,
      COMMENTARY.COMMENTARY_, COMMENTARY.ACTION, COMMENTARY.OWNER, COMMENTARY.DUE, COMMENTARY.IMPORT_BATCH);
  /** The key part of a pool row: Derby never finds a NULL equal, so the key holds "" instead. */
  private static final String POOL = "";

  private final Catalogue catalogue;
  private final Keys keys = new Keys("arrangement");

  CommentaryFile(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void check(Row row) {
    CommentaryRecord c = values(row);
    catalogue.checkMonthWithin(row, c.getArrangement(), c.getMonth());
    boolean schemeGiven = row.text("scheme") != null;
    if (!schemeGiven || c.getScheme() != null) {
      keys.add(row, c.getArrangement(), schemeGiven ? c.getScheme() : POOL, c.getMonth());
    }
  }

  private CommentaryRecord values(Row row) {
    CommentaryRecord c = new CommentaryRecord();
    c.setArrangement(SchemeRef.arrangement(row, catalogue));
    c.setScheme(row.text("scheme") == null ? null : SchemeRef.scheme(row, catalogue, c.getArrangement()));
    c.setMonth(row.month("month"));
    c.setCommentary(row.required("commentary", 4000));
    c.setAction(row.optional("action", 2000));
    c.setOwner(row.optional("owner", 200));
    c.setDue(row.date("due", false));
    return c;
  }

  @Override
  public String write(WriteContext out) {
    for (List<Object> key : keys.all()) {
      out.trx.deleteFrom(COMMENTARY).where(COMMENTARY.ARRANGEMENT.eq((String) key.get(0)),
          POOL.equals(key.get(1)) ? COMMENTARY.SCHEME.isNull() : COMMENTARY.SCHEME.eq((String) key.get(1)),
          COMMENTARY.MONTH.eq((LocalDate) key.get(2))).execute();
    }
    long rows = out.insert(COMMENTARY, FIELDS, this::values);
    return String.format("%,d rows replaced or added by key", rows);
  }
}
