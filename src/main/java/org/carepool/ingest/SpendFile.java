package org.carepool.ingest;

import static org.carepool.db.generated.Tables.SPEND;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.carepool.db.generated.tables.records.SpendRecord;
import org.jooq.Field;

/**
 * {@code spend.csv}: mapped actual expenditure. Negative amounts are credits. A load replaces
 * exactly the (arrangement, month) slices the file holds, so loading a file twice changes nothing.
 */
final class SpendFile implements EntityFile {
  private static final List<Field<?>> FIELDS = List.of(SPEND.ARRANGEMENT, SPEND.SCHEME, SPEND.MONTH, SPEND.AMOUNT,
      SPEND.ORGANISATION, SPEND.LOCALITY, SPEND.IMPORT_BATCH);

  /** One arrangement's spend of one month. */
  record Slice(String arrangement, LocalDate month) implements Comparable<Slice> {
    @Override
    public int compareTo(Slice other) {
      int byArrangement = arrangement.compareTo(other.arrangement);
      return byArrangement != 0 ? byArrangement : month.compareTo(other.month);
    }

    @Override
    public String toString() {
      return arrangement + " " + month.toString().substring(0, 7);
    }
  }

  private final Catalogue catalogue;
  private final Set<Slice> slices = new TreeSet<>();

  SpendFile(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void check(Row row) {
    SpendRecord spend = values(row);
    String arrangement = spend.getArrangement();
    LocalDate month = spend.getMonth();
    catalogue.checkMonthWithin(row, arrangement, month);
    if (arrangement != null && month != null) {
      slices.add(new Slice(arrangement, month));
    }
  }

  private SpendRecord values(Row row) {
    SpendRecord spend = new SpendRecord();
    spend.setArrangement(SchemeRef.arrangement(row, catalogue));
    spend.setScheme(SchemeRef.scheme(row, catalogue, spend.getArrangement()));
    spend.setMonth(row.month("month"));
    spend.setAmount(row.money("amount", true));
    spend.setOrganisation(row.requiredCode("organisation", catalogue.organisations(), "organisation"));
    spend.setLocality(row.optionalCode("locality", catalogue.localities(), "locality"));
    return spend;
  }

  @Override
  public String write(WriteContext out) {
    if (slices.isEmpty()) {
      return "no rows: no (arrangement, month) slice replaced";
    }
    int deleted = out.repository.deleteSpendSlices(out.trx, slices);
    long rows = out.insert(SPEND, FIELDS, this::values);
    return String.format("%d (arrangement, month) slice(s) replaced (%,d rows out, %,d in): %s", slices.size(),
        deleted, rows, monthsByArrangement());
  }

  /** "BCF 2024-04..2026-10 (31 months), MHA 2025-09": short enough for a terminal line. */
  private String monthsByArrangement() {
    return slices.stream()
        .collect(Collectors.groupingBy(Slice::arrangement, java.util.TreeMap::new, Collectors.toList()))
        .entrySet().stream()
        .map(e -> {
          List<Slice> months = e.getValue();
          String first = months.get(0).toString().substring(e.getKey().length() + 1);
          String last = months.get(months.size() - 1).toString().substring(e.getKey().length() + 1);
          return e.getKey() + " " + (months.size() == 1 ? first : first + ".." + last + " (" + months.size() + " months)");
        })
        .collect(Collectors.joining(", "));
  }
}
