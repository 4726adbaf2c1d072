package org.carepool.ingest;

import static org.carepool.db.generated.Tables.ARRANGEMENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.carepool.db.generated.tables.records.ArrangementRecord;
import org.jooq.Field;

/**
 * {@code arrangements.csv}: pooled and aligned budgets; inserted or updated by code. Host empty
 * exactly when the model is ALIGNED, and an ALIGNED arrangement's risk share must be OWN. New dates
 * may not leave stored rows outside them ({@link StoredDates}), nor may a pooled arrangement turn
 * ALIGNED while it keeps steps, a reserve or an underspend term; what an update changes is said.
 */
final class ArrangementsFile implements EntityFile {
  static final String ALIGNED = "ALIGNED";
  static final Set<String> MODELS = Set.of(ALIGNED, "LEAD_BODY", "JOINT_COMMISSIONING", "JOINT_VENTURE");
  static final Set<String> RISK_SHARES = Set.of("SHARES", "HOST", "OWN");
  private static final List<Field<?>> FIELDS = List.of(ARRANGEMENT.CODE, ARRANGEMENT.NAME, ARRANGEMENT.BOARD,
      ARRANGEMENT.MODEL, ARRANGEMENT.HOST, ARRANGEMENT.START_DATE, ARRANGEMENT.END_DATE, ARRANGEMENT.RISK_SHARE,
      ARRANGEMENT.LEGAL_BASIS, ARRANGEMENT.IMPORT_BATCH);
  /** The fields whose change an update names (index in {@link #FIELDS}). */
  private static final int[] NAMED_CHANGES = {2, 3, 4, 5, 6, 7};

  private final Catalogue catalogue;
  private final Keys keys = new Keys("code");
  /** Each clean row's values and line, by code. */
  private final Map<String, Object[]> rows = new LinkedHashMap<>();
  private final Map<String, Long> lines = new LinkedHashMap<>();

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
      row.problem("risk_share", row.text("risk_share"), Row.quoted(row.text("risk_share"))
          + ": an ALIGNED arrangement's risk_share must be OWN (each partner bears its own)");
    }
    if (code != null) {
      catalogue.arrangement(code, (LocalDate) values[5], (LocalDate) values[6], (String) values[3],
          (String) values[4]);
      if (row.isClean()) {
        rows.put(code, values);
        lines.put(code, row.line());
      }
    }
  }

  private static void checkHost(Row row, String model, String host) {
    if (ALIGNED.equals(model) && host != null) {
      row.problem("host", host, "host " + Row.quoted(host) + ": the host must be empty for an ALIGNED arrangement");
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

  /** New dates must keep the rows the store already holds for the arrangement within them. */
  @Override
  public void finish(FinishContext context) {
    if (rows.isEmpty()) {
      return;
    }
    StoredDates stored = StoredDates.read(context);
    rows.forEach((code, values) -> {
      checkStillPooled(context, code, values);
      Catalogue.Period period = new Catalogue.Period((LocalDate) values[5], (LocalDate) values[6]);
      List<String> outside = stored.outside(code, period);
      if (!outside.isEmpty()) {
        boolean early = stored.anyBefore(code, period);
        context.problem(lines.get(code), early ? "start_date" : "end_date", String.valueOf(early ? values[5] : values[6]),
            "the dates " + period + " would leave stored rows of " + code + " outside them: "
                + String.join(", ", outside) + "; the store would then hold what the import refuses to load");
      }
    });
  }

  /** An arrangement turning ALIGNED may not keep what only a pool can have (SPEC §4.3–4.4). */
  private void checkStillPooled(FinishContext context, String code, Object[] values) {
    if (!ALIGNED.equals(values[3])) {
      return;
    }
    List<String> held = context.repository().poolAgreements(context.trx(), code);
    if (!held.isEmpty()) {
      context.problem(lines.get(code), "model", ALIGNED, "arrangement " + code + " cannot become ALIGNED while the"
          + " store holds its " + String.join(", ", held) + ": an ALIGNED arrangement has no pool");
    }
  }

  @Override
  public String write(WriteContext out) {
    Map<String, ArrangementRecord> before = out.trx.selectFrom(ARRANGEMENT).where(ARRANGEMENT.CODE.in(rows.keySet()))
        .fetchMap(ARRANGEMENT.CODE);
    String outcome = out.upsert(ARRANGEMENT, FIELDS, 1, this::values);
    List<String> changes = new ArrayList<>();
    rows.forEach((code, values) -> {
      ArrangementRecord old = before.get(code);
      for (int i : old == null ? new int[0] : NAMED_CHANGES) {
        Object was = old.get(FIELDS.get(i));
        if (!Objects.equals(was, values[i])) {
          changes.add(code + " " + FIELDS.get(i).getName().toLowerCase() + " " + show(was) + " → " + show(values[i]));
        }
      }
    });
    return changes.isEmpty() ? outcome : outcome + "; changed: " + String.join(", ", changes);
  }

  private static String show(Object value) {
    return value == null ? "(none)" : value.toString();
  }
}
