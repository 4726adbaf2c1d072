package org.carepool.ingest;

import static org.carepool.db.generated.Tables.AGREED_SHARE;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carepool.db.generated.tables.records.AgreedShareRecord;
import org.jooq.Field;

/**
 * {@code agreed_shares.csv}: partners' agreed shares (%), summing to exactly 100 per arrangement;
 * the whole set is replaced per arrangement in the file.
 */
final class AgreedSharesFile implements EntityFile {
  private static final BigDecimal HUNDRED = new BigDecimal(100);
  private static final List<Field<?>> FIELDS = List.of(AGREED_SHARE.ARRANGEMENT, AGREED_SHARE.ORGANISATION,
      AGREED_SHARE.SHARE_PCT, AGREED_SHARE.IMPORT_BATCH);

  private final Catalogue catalogue;
  private final Keys keys = new Keys("arrangement");
  private final Map<String, Total> totals = new LinkedHashMap<>();

  /** The running sum of one arrangement's shares, and where it starts in the file. */
  private static final class Total {
    final long firstLine;
    BigDecimal sum = BigDecimal.ZERO;
    boolean complete = true;

    Total(long firstLine) {
      this.firstLine = firstLine;
    }
  }

  AgreedSharesFile(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void check(Row row) {
    AgreedShareRecord share = values(row);
    keys.add(row, share.getArrangement(), share.getOrganisation());
    String organisation = share.getOrganisation();
    if (share.getArrangement() != null && organisation != null
        && !catalogue.isPartner(share.getArrangement(), organisation)) {
      row.problem("organisation", organisation, "organisation " + organisation + " neither contributes to arrangement "
          + share.getArrangement() + " nor hosts it: agreed shares split the pool among its partners");
    }
    String arrangement = row.text("arrangement");
    if (arrangement != null) {
      Total total = totals.computeIfAbsent(arrangement, a -> new Total(row.line()));
      if (share.getSharePct() == null) {
        total.complete = false;
      } else {
        total.sum = total.sum.add(share.getSharePct());
      }
    }
  }

  private AgreedShareRecord values(Row row) {
    BigDecimal share = row.decimal("share_pct", 6, 3, "a percentage (e.g. 60 or 33.333334)");
    if (share != null && (share.signum() < 0 || share.compareTo(HUNDRED) > 0)) {
      row.problem("share_pct", row.text("share_pct"), Row.quoted(row.text("share_pct"))
          + " is not a share: a share is between 0 and 100");
      share = null;
    }
    AgreedShareRecord agreed = new AgreedShareRecord();
    agreed.setArrangement(row.requiredCode("arrangement", catalogue.arrangementCodes(), "arrangement"));
    agreed.setOrganisation(row.requiredCode("organisation", catalogue.organisations(), "organisation"));
    agreed.setSharePct(share);
    return agreed;
  }

  @Override
  public void finish(FinishContext context) {
    totals.forEach((arrangement, total) -> {
      if (total.complete && total.sum.compareTo(HUNDRED) != 0) {
        context.problem(total.firstLine, "share_pct", total.sum.stripTrailingZeros().toPlainString(),
            "the shares of arrangement " + arrangement + " sum to " + total.sum.stripTrailingZeros().toPlainString()
                + ", not 100");
      }
    });
  }

  @Override
  public String write(WriteContext out) {
    out.repository.deleteWhereIn(out.trx, AGREED_SHARE, AGREED_SHARE.ARRANGEMENT, totals.keySet());
    long rows = out.insert(AGREED_SHARE, FIELDS, this::values);
    return "agreed shares of " + totals.size() + " arrangement(s) replaced: " + rows + " rows "
        + Values.sorted(totals.keySet());
  }
}
