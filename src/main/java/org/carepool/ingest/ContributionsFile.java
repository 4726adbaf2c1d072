package org.carepool.ingest;

import static org.carepool.db.generated.Tables.CONTRIBUTION;

import java.util.List;
import org.jooq.Field;

/** {@code contributions.csv}: partners' annual payments into an arrangement (≥ 0); upserted by key. */
final class ContributionsFile implements EntityFile {
  private static final List<Field<?>> FIELDS = List.of(CONTRIBUTION.ARRANGEMENT, CONTRIBUTION.ORGANISATION,
      CONTRIBUTION.FINANCIAL_YEAR, CONTRIBUTION.AMOUNT, CONTRIBUTION.IMPORT_BATCH);

  private final Catalogue catalogue;
  private final Keys keys = new Keys("arrangement", 2);

  ContributionsFile(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void check(Row row) {
    Object[] values = values(row);
    keys.add(row, values[0], values[1], values[2]);
    catalogue.checkYearWithin(row, (String) values[0], (Integer) values[2]);
    if (values[0] != null && values[1] != null && values[2] != null) {
      catalogue.contributor((String) values[0], (String) values[1], (Integer) values[2]);
    }
  }

  private Object[] values(Row row) {
    return new Object[] {row.requiredCode("arrangement", catalogue.arrangementCodes, "arrangement"),
        row.requiredCode("organisation", catalogue.organisations, "organisation"),
        row.financialYear("financial_year"), row.money("amount", false), null};
  }

  @Override
  public String write(WriteContext out) {
    return out.replaceKeys(CONTRIBUTION, FIELDS, keys.all(), this::values);
  }
}
