package org.carepool.ingest;

import static org.carepool.db.generated.Tables.ARRANGEMENT;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jooq.Field;

/**
 * {@code arrangements.csv}: pooled and aligned budgets; inserted or updated by code. Host empty
 * exactly when the model is ALIGNED, and an ALIGNED arrangement's risk share must be OWN.
 */
final class ArrangementsFile implements EntityFile {
  static final String ALIGNED = "ALIGNED";
  static final Set<String> MODELS = Set.of(ALIGNED, "LEAD_BODY", "JOINT_COMMISSIONING", "JOINT_VENTURE");
  static final Set<String> RISK_SHARES = Set.of("SHARES", "HOST", "OWN");
  private static final List<Field<?>> FIELDS = List.of(ARRANGEMENT.CODE, ARRANGEMENT.NAME, ARRANGEMENT.BOARD,
      ARRANGEMENT.MODEL, ARRANGEMENT.HOST, ARRANGEMENT.START_DATE, ARRANGEMENT.END_DATE, ARRANGEMENT.RISK_SHARE,
      ARRANGEMENT.LEGAL_BASIS, ARRANGEMENT.IMPORT_BATCH);

  private final Catalogue catalogue;
  private final Keys keys = new Keys("code");

  ArrangementsFile(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void check(Row row) {
    Object[] values = values(row);
    String code = (String) values[0];
    keys.add(row, code);
    checkHost(row, (String) values[3], row.text("host"));
    checkDates(row, (LocalDate) values[5], (LocalDate) values[6]);
    if (ALIGNED.equals(values[3]) && values[7] != null && !"OWN".equals(values[7])) {
      row.problem("risk_share", row.text("risk_share"), "an ALIGNED arrangement's risk_share must be OWN");
    }
    if (code != null) {
      catalogue.arrangement(code, (LocalDate) values[5], (LocalDate) values[6]);
    }
  }

  private static void checkHost(Row row, String model, String host) {
    if (ALIGNED.equals(model) && host != null) {
      row.problem("host", host, "must be empty for an ALIGNED arrangement");
    } else if (model != null && !ALIGNED.equals(model) && host == null) {
      row.problem("host", "", "a host is required for a " + model + " arrangement (empty only for ALIGNED)");
    }
  }

  private static void checkDates(Row row, LocalDate start, LocalDate end) {
    if (start != null && end != null && end.isBefore(start)) {
      row.problem("end_date", row.text("end_date"), "end_date " + end + " is before start_date " + start);
    }
  }

  private Object[] values(Row row) {
    return new Object[] {row.required("code", Row.CODE), row.required("name", Row.NAME),
        row.requiredCode("board", catalogue.boards, "board"), row.oneOf("model", MODELS),
        row.optionalCode("host", catalogue.organisations, "organisation"), row.date("start_date", true),
        row.date("end_date", false), row.oneOf("risk_share", RISK_SHARES), row.optional("legal_basis", Row.NAME),
        null};
  }

  @Override
  public String write(WriteContext out) {
    return out.upsert(ARRANGEMENT, FIELDS, 1, this::values);
  }
}
