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
  /** The fields whose change an update names. */
  private static final List<Field<?>> NAMED_CHANGES = List.of(ARRANGEMENT.BOARD, ARRANGEMENT.MODEL,
      ARRANGEMENT.HOST, ARRANGEMENT.START_DATE, ARRANGEMENT.END_DATE, ARRANGEMENT.RISK_SHARE);

  private final Catalogue catalogue;
  private final Keys keys = new Keys("code");
  /** Each clean row and its line, by code. */
  private final Map<String, ArrangementRecord> rows = new LinkedHashMap<>();
  private final Map<String, Long> lines = new LinkedHashMap<>();

  ArrangementsFile(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void check(Row row) {
    ArrangementRecord a = values(row);
    String code = a.getCode();
    keys.add(row, code);
    checkHost(row, a.getModel(), row.text("host"));
    checkDates(row, a.getStartDate(), a.getEndDate());
    if (ALIGNED.equals(a.getModel()) && a.getRiskShare() != null && !"OWN".equals(a.getRiskShare())) {
      row.problem("risk_share", row.text("risk_share"), Row.quoted(row.text("risk_share"))
          + ": an ALIGNED arrangement's risk_share must be OWN (each partner bears its own)");
    }
    if (code != null) {
      catalogue.arrangement(code, a.getStartDate(), a.getEndDate(), a.getModel(), a.getHost());
      if (row.isClean()) {
        rows.put(code, a);
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

  private ArrangementRecord values(Row row) {
    ArrangementRecord a = new ArrangementRecord();
    a.setCode(row.required("code", Row.CODE));
    a.setName(row.required("name", Row.NAME));
    a.setBoard(row.requiredCode("board", catalogue.boards(), "board"));
    a.setModel(row.oneOf("model", MODELS));
    a.setHost(row.optionalCode("host", catalogue.organisations(), "organisation"));
    a.setStartDate(row.date("start_date", true));
    a.setEndDate(row.date("end_date", false));
    a.setRiskShare(row.oneOf("risk_share", RISK_SHARES));
    a.setLegalBasis(row.optional("legal_basis", Row.NAME));
    return a;
  }

  /** New dates must keep the rows the store already holds for the arrangement within them. */
  @Override
  public void finish(FinishContext context) {
    if (rows.isEmpty()) {
      return;
    }
    StoredDates stored = StoredDates.read(context);
    rows.forEach((code, a) -> {
      checkStillPooled(context, code, a);
      Catalogue.Period period = new Catalogue.Period(a.getStartDate(), a.getEndDate());
      List<String> outside = stored.outside(code, period);
      if (!outside.isEmpty()) {
        boolean early = stored.anyBefore(code, period);
        context.problem(lines.get(code), early ? "start_date" : "end_date", String.valueOf(early ? a.getStartDate() : a.getEndDate()),
            "the dates " + period + " would leave stored rows of " + code + " outside them: "
                + String.join(", ", outside) + "; the store would then hold what the import refuses to load");
      }
    });
  }

  /** An arrangement turning ALIGNED may not keep what only a pool can have (SPEC §4.3–4.4). */
  private void checkStillPooled(FinishContext context, String code, ArrangementRecord a) {
    if (!ALIGNED.equals(a.getModel())) {
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
    rows.forEach((code, now) -> {
      ArrangementRecord old = before.get(code);
      for (Field<?> field : old == null ? List.<Field<?>>of() : NAMED_CHANGES) {
        Object was = old.get(field);
        if (!Objects.equals(was, now.get(field))) {
          changes.add(code + " " + field.getName().toLowerCase() + " " + show(was) + " → " + show(now.get(field)));
        }
      }
    });
    return changes.isEmpty() ? outcome : outcome + "; changed: " + String.join(", ", changes);
  }

  private static String show(Object value) {
    return value == null ? "(none)" : value.toString();
  }
}
