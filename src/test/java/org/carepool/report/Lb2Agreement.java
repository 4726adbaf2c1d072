package org.carepool.report;

import static org.carepool.db.generated.Tables.AGREEMENT_TERMS;
import static org.carepool.db.generated.Tables.IMPORT_BATCH;
import static org.carepool.db.generated.Tables.POOL_RESERVE;
import static org.carepool.db.generated.Tables.RISK_STEP;
import static org.carepool.db.generated.Tables.SCHEME;

import java.math.BigDecimal;
import org.jooq.DSLContext;

/**
 * SPEC §4.8's LB2 agreement, written to the V12 tables of a store that already holds LB2's CSVs
 * ({@code report/lb2}): scheme risk classes, the year's terms, the four steps and the opening
 * reserve. Written through jOOQ because this branch's importer does not read {@code risk_steps.csv},
 * {@code agreement_terms.csv} or {@code reserves.csv} yet (the ingest branch does); the rows are
 * exactly those files' lines. Only the figures SPEC §4.8 gives as inputs go in; every result the
 * tests check is worked out by the finance service.
 */
final class Lb2Agreement {
  private static final int YEAR = 2025;

  private Lb2Agreement() {
  }

  static void write(DSLContext dsl) {
    write(dsl, true);
  }

  /** {@code withRest} false leaves out step 4 (REST ICB), so the £150,000.00 it takes is left unallocated. */
  static void write(DSLContext dsl, boolean withRest) {
    long batch = dsl.select(IMPORT_BATCH.ID.max()).from(IMPORT_BATCH).fetchSingle().value1();
    dsl.update(SCHEME).set(SCHEME.RISK_CLASS, "RING_FENCED")
        .where(SCHEME.ARRANGEMENT.eq("LB2"), SCHEME.CODE.eq("A3")).execute();
    dsl.update(SCHEME).set(SCHEME.RISK_CLASS, "FIXED")
        .where(SCHEME.ARRANGEMENT.eq("LB2"), SCHEME.CODE.eq("A4")).execute();
    dsl.insertInto(AGREEMENT_TERMS).set(AGREEMENT_TERMS.ARRANGEMENT, "LB2").set(AGREEMENT_TERMS.FINANCIAL_YEAR, YEAR)
        .set(AGREEMENT_TERMS.FORECAST_METHOD, "RUN_RATE").set(AGREEMENT_TERMS.UNDERSPEND, "RETURN")
        .set(AGREEMENT_TERMS.AMBER_PCT, new BigDecimal("2")).set(AGREEMENT_TERMS.RED_PCT, new BigDecimal("5"))
        .set(AGREEMENT_TERMS.NOTIFY_PCT, new BigDecimal("4")).set(AGREEMENT_TERMS.IMPORT_BATCH, batch).execute();
    step(dsl, batch, 1, "RESERVE", null, null);
    step(dsl, batch, 2, "FIRST", "HOST", "1");
    step(dsl, batch, 3, "SHARES", null, "3");
    if (withRest) {
      step(dsl, batch, 4, "REST", "ICB", null);
    }
    dsl.insertInto(POOL_RESERVE).set(POOL_RESERVE.ARRANGEMENT, "LB2").set(POOL_RESERVE.FINANCIAL_YEAR, YEAR)
        .set(POOL_RESERVE.OPENING_BALANCE, new BigDecimal("200000.00")).set(POOL_RESERVE.IMPORT_BATCH, batch).execute();
  }

  private static void step(DSLContext dsl, long batch, int number, String rule, String party, String percent) {
    dsl.insertInto(RISK_STEP).set(RISK_STEP.ARRANGEMENT, "LB2").set(RISK_STEP.FINANCIAL_YEAR, YEAR)
        .set(RISK_STEP.STEP, number).set(RISK_STEP.RULE, rule).set(RISK_STEP.PARTY, party)
        .set(RISK_STEP.PERCENT, percent == null ? null : new BigDecimal(percent))
        .set(RISK_STEP.IMPORT_BATCH, batch).execute();
  }
}
