package org.carepool.ingest;

import static org.carepool.db.generated.Tables.CONTRIBUTION;

import java.util.List;
import org.carepool.db.generated.tables.records.ContributionRecord;
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
    ContributionRecord c = values(row);
    keys.add(row, c.getArrangement(), c.getOrganisation(), c.getFinancialYear());
    catalogue.checkYearWithin(row, c.getArrangement(), c.getFinancialYear());
    if (c.getArrangement() != null && c.getOrganisation() != null && c.getFinancialYear() != null) {
      catalogue.contributor(c.getArrangement(), c.getOrganisation(), c.getFinancialYear());
    }
  }

  private ContributionRecord values(Row row) {
    ContributionRecord c = new ContributionRecord();
    c.setArrangement(row.requiredCode("arrangement", catalogue.arrangementCodes(), "arrangement"));
    c.setOrganisation(row.requiredCode("organisation", catalogue.organisations(), "organisation"));
    c.setFinancialYear(row.financialYear("financial_year"));
    c.setAmount(row.money("amount", false));
    return c;
  }

  @Override
  public String write(WriteContext out) {
    return out.replaceKeys(CONTRIBUTION, FIELDS, keys.all(), this::values);
  }
}
