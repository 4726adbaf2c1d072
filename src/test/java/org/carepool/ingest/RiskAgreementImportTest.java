package org.carepool.ingest;

import static org.carepool.db.generated.Tables.AGREEMENT_TERMS;
import static org.carepool.db.generated.Tables.POOL_RESERVE;
import static org.carepool.db.generated.Tables.RISK_STEP;
import static org.carepool.db.generated.Tables.SCHEME;
import static org.carepool.ingest.TestStore.csv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The agreement files of SPEC §3 (terms, steps, reserves) and the schemes' risk class: what a
 * valid load stores, and what a re-load replaces. The valid folder holds LB1's terms, a four-step
 * ladder and a reserve, AL1's terms with every setting empty, and schemes with and without a class.
 */
class RiskAgreementImportTest {
  static final String STEPS_HEADER = "arrangement,financial_year,step,rule,party,percent,amount";
  static final String TERMS_HEADER = "arrangement,financial_year,forecast_method,underspend,amber_pct,red_pct,notify_pct";
  private final TestStore store = new TestStore();

  @BeforeEach
  void load_the_valid_folder() {
    store.loadValid();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void terms_are_stored_as_given_and_an_empty_setting_as_not_set() {
    assertEquals(List.of("AL1 null null null null null", "LB1 BUDGET RESERVE 2.5000 6.0000 4.0000"), terms());
  }

  @Test
  void steps_are_stored_in_order_with_host_kept_as_the_word() {
    assertEquals(List.of("LB1 2025 1 RESERVE null null 50000.00", "LB1 2025 2 FIRST HOST 1.0000 null",
        "LB1 2025 3 SHARES null 3.0000 null", "LB1 2025 4 REST LA null null"), steps());
    assertEquals(new BigDecimal("200000.00"), store.db.dsl().select(POOL_RESERVE.OPENING_BALANCE).from(POOL_RESERVE)
        .where(POOL_RESERVE.ARRANGEMENT.eq("LB1"), POOL_RESERVE.FINANCIAL_YEAR.eq(2025)).fetchOne().value1());
  }

  @Test
  void a_scheme_risk_class_is_stored_and_an_empty_one_is_variable() {
    assertEquals(List.of("A1 FIXED", "S1 VARIABLE", "S2 VARIABLE"), riskClasses());
  }

  @Test
  void risk_steps_replace_every_step_of_each_arrangement_year_in_the_file_and_no_other() {
    store.load(csv("arrangements.csv", "code,name,board,model,host,start_date,end_date,risk_share,legal_basis",
            "LB2,Second pool,HWB,LEAD_BODY,LA,2025-04-01,,SHARES,"),
        csv("contributions.csv", "arrangement,organisation,financial_year,amount", "LB2,LA,2025-26,100.00"),
        csv("risk_steps.csv", STEPS_HEADER, "LB2,2025-26,1,REST,HOST,,"));

    ImportResult result = store.load(csv("risk_steps.csv", STEPS_HEADER, "LB1,2025-26,1,SHARES,,,",
        "LB1,2025-26,2,REST,HOST,,"));

    assertEquals(List.of("LB1 2025 1 SHARES null null null", "LB1 2025 2 REST HOST null null",
        "LB2 2025 1 REST HOST null null"), steps());
    assertEquals("steps of 1 arrangement-year(s) replaced (4 rows out, 2 in): [LB1 2025-26]",
        result.files().get(0).replaced());
  }

  @Test
  void reloading_the_valid_folder_leaves_the_same_terms_steps_reserves_and_classes() {
    List<String> terms = terms();
    List<String> steps = steps();
    List<String> classes = riskClasses();

    store.loadValid();

    assertEquals(terms, terms());
    assertEquals(steps, steps());
    assertEquals(classes, riskClasses());
    assertEquals(1, store.db.dsl().fetchCount(POOL_RESERVE));
  }

  @Test
  void terms_and_reserves_replace_by_key_and_an_emptied_setting_is_no_longer_set() {
    store.load(csv("agreement_terms.csv", TERMS_HEADER, "LB1,2025-26,,RETURN,,,"),
        csv("reserves.csv", "arrangement,financial_year,opening_balance", "LB1,2025-26,0.00"));

    assertEquals(List.of("AL1 null null null null null", "LB1 null RETURN null null null"), terms());
    assertEquals(new BigDecimal("0.00"), store.db.dsl().select(POOL_RESERVE.OPENING_BALANCE).from(POOL_RESERVE)
        .fetchOne().value1());
  }

  @Test
  void a_schemes_file_without_risk_class_keeps_stored_classes_and_makes_new_schemes_variable() {
    store.load(csv("schemes.csv", "arrangement,code,name,care_type,funder", "AL1,A1,Reablement,REABLEMENT,LA",
        "LB1,S3,Equipment,EQUIPMENT,LA"));

    assertEquals(List.of("A1 FIXED", "S1 VARIABLE", "S2 VARIABLE", "S3 VARIABLE"), riskClasses());
  }

  @Test
  void a_schemes_file_with_the_column_sets_each_class_it_names() {
    store.load(csv("schemes.csv", "arrangement,code,name,care_type,funder,risk_class",
        "AL1,A1,Reablement,REABLEMENT,LA,", "LB1,S2,Home care,HOME_CARE,LA,RING_FENCED"));

    assertEquals(List.of("A1 VARIABLE", "S1 VARIABLE", "S2 RING_FENCED"), riskClasses());
  }

  @Test
  void a_party_contributing_in_the_same_load_is_a_partner_but_only_in_the_years_it_contributes() {
    ImportRejected rejected = org.junit.jupiter.api.Assertions.assertThrows(ImportRejected.class, () -> store.load(
        csv("arrangements.csv", "code,name,board,model,host,start_date,end_date,risk_share,legal_basis",
            "LB2,Second pool,HWB,LEAD_BODY,LA,2025-04-01,,SHARES,"),
        csv("contributions.csv", "arrangement,organisation,financial_year,amount", "LB2,CCG,2025-26,100.00"),
        csv("risk_steps.csv", STEPS_HEADER, "LB2,2025-26,1,REST,CCG,,", "LB2,2026-27,1,REST,CCG,,")));

    assertEquals(List.of("risk_steps.csv line 3, column party: party 'CCG' is not a partner of LB2 in 2026-27: a party"
        + " is HOST, the host, or an organisation contributing that year"),
        rejected.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void a_bad_step_among_good_agreement_files_writes_nothing_of_any_of_them() {
    List<String> terms = terms();
    List<String> steps = steps();

    ImportRejected rejected = org.junit.jupiter.api.Assertions.assertThrows(ImportRejected.class, () -> store.load(
        csv("agreement_terms.csv", TERMS_HEADER, "LB1,2025-26,RUN_RATE,,,,"),
        csv("reserves.csv", "arrangement,financial_year,opening_balance", "LB1,2025-26,1.00"),
        csv("risk_steps.csv", STEPS_HEADER, "LB1,2025-26,1,SHARES,,,", "LB1,2025-26,2,FIRST,HOST,,")));

    assertEquals(1, rejected.problemCount());
    assertEquals(terms, terms());
    assertEquals(steps, steps());
    assertEquals(new BigDecimal("200000.00"), store.db.dsl().select(POOL_RESERVE.OPENING_BALANCE).from(POOL_RESERVE)
        .fetchOne().value1());
    assertTrue(store.batches().stream().skip(20).allMatch(b -> b.getOutcome().equals("REJECTED")));
  }

  private List<String> terms() {
    return store.db.dsl().selectFrom(AGREEMENT_TERMS).orderBy(AGREEMENT_TERMS.ARRANGEMENT).fetch(r -> r.getArrangement()
        + " " + r.getForecastMethod() + " " + r.getUnderspend() + " " + r.getAmberPct() + " " + r.getRedPct() + " "
        + r.getNotifyPct());
  }

  private List<String> steps() {
    return store.db.dsl().selectFrom(RISK_STEP).orderBy(RISK_STEP.ARRANGEMENT, RISK_STEP.FINANCIAL_YEAR, RISK_STEP.STEP)
        .fetch(r -> r.getArrangement() + " " + r.getFinancialYear() + " " + r.getStep() + " " + r.getRule() + " "
            + r.getParty() + " " + r.getPercent() + " " + r.getAmount());
  }

  private List<String> riskClasses() {
    return store.db.dsl().select(SCHEME.CODE, SCHEME.RISK_CLASS).from(SCHEME).orderBy(SCHEME.CODE)
        .fetch(r -> r.value1() + " " + r.value2());
  }
}
