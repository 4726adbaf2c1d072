package org.carepool.ingest;

import static org.carepool.ingest.TestStore.csv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.carepool.db.generated.tables.records.ImportBatchRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every SPEC §3 rule, one case each: a bad file over a store holding the valid fixture folder.
 * Each case must be rejected with a problem naming file, line and column, write no data row,
 * and leave exactly one REJECTED import_batch row behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValidationRulesTest {
  private TestStore store;

  @BeforeAll
  void load_the_valid_folder() {
    store = new TestStore();
    store.loadValid();
  }

  @AfterAll
  void close() {
    store.close();
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        rule("a_required_value_must_be_present",
            csv("organisations.csv", "code,name,kind", "X1,,OTHER"),
            "organisations.csv line 2, column name: a value is required"),
        rule("organisation_kind_must_be_an_exact_enum_value",
            csv("organisations.csv", "code,name,kind", "X1,Ex,other"),
            "organisations.csv line 2, column kind: 'other' is not one of LOCAL_AUTHORITY, NHS_COMMISSIONER, NHS_PROVIDER, OTHER"),
        rule("codes_longer_than_the_store_holds_are_refused",
            csv("boards.csv", "code,name", "ABCDEFGHIJKLMNOPQRSTUVWXYZ,Too long"),
            "boards.csv line 2, column code: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' is too long: at most 20 characters"),
        rule("a_duplicate_code_within_a_file_is_refused",
            csv("localities.csv", "code,name,partnership", "NORTH,North,", "NORTH,North again,"),
            "localities.csv line 3, column code: duplicate key (NORTH): also on line 2"),
        rule("a_practice_locality_must_be_known",
            csv("practices.csv", "code,name,locality", "P9,New,NORTH"),
            "practices.csv line 2, column locality: unknown locality 'NORTH'"),
        rule("an_arrangement_board_must_be_known",
            csv("arrangements.csv", "code,name,board,model,host,start_date,end_date,risk_share,legal_basis",
                "X,Ex,NOBOARD,LEAD_BODY,CCG,2025-04-01,,SHARES,"),
            "arrangements.csv line 2, column board: unknown board 'NOBOARD'"),
        rule("an_arrangement_model_must_be_one_of_the_four",
            csv("arrangements.csv", "code,name,board,model,host,start_date,end_date,risk_share,legal_basis",
                "X,Ex,HWB,POOLED,CCG,2025-04-01,,SHARES,"),
            "arrangements.csv line 2, column model: 'POOLED' is not one of ALIGNED, JOINT_COMMISSIONING, JOINT_VENTURE, LEAD_BODY"),
        rule("an_aligned_arrangement_has_no_host",
            csv("arrangements.csv", "code,name,board,model,host,start_date,end_date,risk_share,legal_basis",
                "X,Ex,HWB,ALIGNED,CCG,2025-04-01,,OWN,"),
            "arrangements.csv line 2, column host: host 'CCG': the host must be empty for an ALIGNED arrangement"),
        rule("other_models_need_a_host",
            csv("arrangements.csv", "code,name,board,model,host,start_date,end_date,risk_share,legal_basis",
                "X,Ex,HWB,LEAD_BODY,,2025-04-01,,SHARES,"),
            "arrangements.csv line 2, column host: a host is required for a LEAD_BODY arrangement (empty only for ALIGNED)"),
        rule("a_host_must_be_a_known_organisation",
            csv("arrangements.csv", "code,name,board,model,host,start_date,end_date,risk_share,legal_basis",
                "X,Ex,HWB,JOINT_VENTURE,JVCO,2025-04-01,,HOST,"),
            "arrangements.csv line 2, column host: unknown organisation 'JVCO'"),
        rule("an_aligned_arrangement_risk_share_must_be_own",
            csv("arrangements.csv", "code,name,board,model,host,start_date,end_date,risk_share,legal_basis",
                "X,Ex,HWB,ALIGNED,,2025-04-01,,SHARES,"),
            "arrangements.csv line 2, column risk_share: 'SHARES': an ALIGNED arrangement's risk_share must be OWN (each partner bears its own)"),
        rule("risk_share_must_be_shares_host_or_own",
            csv("arrangements.csv", "code,name,board,model,host,start_date,end_date,risk_share,legal_basis",
                "X,Ex,HWB,LEAD_BODY,CCG,2025-04-01,,HALF,"),
            "arrangements.csv line 2, column risk_share: 'HALF' is not one of HOST, OWN, SHARES"),
        rule("dates_must_be_iso",
            csv("arrangements.csv", "code,name,board,model,host,start_date,end_date,risk_share,legal_basis",
                "X,Ex,HWB,LEAD_BODY,CCG,01/04/2025,,HOST,"),
            "arrangements.csv line 2, column start_date: '01/04/2025' is not an ISO date (YYYY-MM-DD)"),
        rule("dates_must_exist",
            csv("arrangements.csv", "code,name,board,model,host,start_date,end_date,risk_share,legal_basis",
                "X,Ex,HWB,LEAD_BODY,CCG,2025-04-01,2026-02-30,HOST,"),
            "arrangements.csv line 2, column end_date: '2026-02-30' is not an ISO date (YYYY-MM-DD)"),
        rule("end_date_may_not_precede_start_date",
            csv("arrangements.csv", "code,name,board,model,host,start_date,end_date,risk_share,legal_basis",
                "X,Ex,HWB,LEAD_BODY,CCG,2025-04-01,2025-03-31,HOST,"),
            "arrangements.csv line 2, column end_date: end_date 2025-03-31 is before start_date 2025-04-01"),
        rule("an_arrangement_locality_must_be_known",
            csv("arrangement_localities.csv", "arrangement,locality", "LB1,NORTH"),
            "arrangement_localities.csv line 2, column locality: unknown locality 'NORTH'"),
        rule("agreed_shares_must_sum_to_100_per_arrangement",
            csv("agreed_shares.csv", "arrangement,organisation,share_pct", "LB1,CCG,60", "LB1,LA,30.5"),
            "agreed_shares.csv line 2, column share_pct: the shares of arrangement LB1 sum to 90.5, not 100"),
        rule("an_agreed_share_organisation_must_be_known",
            csv("agreed_shares.csv", "arrangement,organisation,share_pct", "LB1,CCG,60", "LB1,NHSX,40"),
            "agreed_shares.csv line 3, column organisation: unknown organisation 'NHSX'"),
        rule("a_contribution_may_not_be_negative",
            csv("contributions.csv", "arrangement,organisation,financial_year,amount", "LB1,CCG,2025-26,-5.00"),
            "contributions.csv line 2, column amount: '-5.00' may not be negative"),
        rule("money_has_at_most_two_decimals",
            csv("contributions.csv", "arrangement,organisation,financial_year,amount", "LB1,CCG,2025-26,10.005"),
            "contributions.csv line 2, column amount: '10.005' has more than 2 decimal places"),
        rule("money_must_be_a_plain_number",
            csv("contributions.csv", "arrangement,organisation,financial_year,amount", "LB1,CCG,2025-26,\"1,000\""),
            "contributions.csv line 2, column amount: '1,000' is not an amount of money (e.g. 1234.56)"),
        rule("money_must_fit_decimal_15_2",
            csv("budgets.csv", "arrangement,scheme,financial_year,amount", "LB1,S1,2025-26,12345678901234.00"),
            "budgets.csv line 2, column amount: '12345678901234.00' is too large: at most 13 digits before the point"),
        rule("a_financial_year_is_yyyy_yy_of_consecutive_years",
            csv("contributions.csv", "arrangement,organisation,financial_year,amount", "LB1,CCG,2025-27,1"),
            "contributions.csv line 2, column financial_year: '2025-27' is not a financial year written YYYY-YY, e.g. 2025-26"),
        rule("a_duplicate_key_within_a_file_is_refused",
            csv("contributions.csv", "arrangement,organisation,financial_year,amount",
                "LB1,CCG,2025-26,1", "LB1,CCG,2025-26,2"),
            "contributions.csv line 3, column arrangement: duplicate key (LB1, CCG, 2025-26): also on line 2"),
        rule("a_scheme_care_type_must_be_known",
            csv("schemes.csv", "arrangement,code,name,care_type,funder", "LB1,S3,Beds,HOSPICE,CCG"),
            "schemes.csv line 2, column care_type: 'HOSPICE' is not one of ACUTE, CARE_HOME, COMMUNITY_HEALTH, COMMUNITY_HOSPITAL, EQUIPMENT, HOME_CARE, INTERMEDIATE_CARE, MENTAL_HEALTH_INPATIENT, OTHER, PRIMARY_CARE, REABLEMENT"),
        rule("a_scheme_funder_must_be_an_existing_organisation",
            csv("schemes.csv", "arrangement,code,name,care_type,funder", "LB1,S3,Beds,ACUTE,NOBODY"),
            "schemes.csv line 2, column funder: unknown organisation 'NOBODY'"),
        rule("a_budget_scheme_must_belong_to_its_arrangement",
            csv("budgets.csv", "arrangement,scheme,financial_year,amount", "AL1,S1,2025-26,1"),
            "budgets.csv line 2, column scheme: unknown scheme 'S1' of arrangement AL1"),
        rule("a_spend_arrangement_must_be_known",
            csv("spend.csv", "arrangement,scheme,month,amount,organisation,locality", "BCF-25,S1,2025-04,1,CCG,"),
            "spend.csv line 2, column arrangement: unknown arrangement 'BCF-25'"),
        rule("months_are_yyyy_mm",
            csv("spend.csv", "arrangement,scheme,month,amount,organisation,locality", "LB1,S1,2025-4,1,CCG,"),
            "spend.csv line 2, column month: '2025-4' is not a month (YYYY-MM)"),
        rule("spend_outside_the_arrangement_dates_is_refused",
            csv("spend.csv", "arrangement,scheme,month,amount,organisation,locality", "LB1,S1,2026-04,1,CCG,"),
            "spend.csv line 2, column month: month 2026-04 is outside arrangement LB1's dates (2025-04-01 to 2026-03-31)"),
        rule("spend_before_an_open_ended_arrangement_starts_is_refused",
            csv("spend.csv", "arrangement,scheme,month,amount,organisation,locality", "AL1,A1,2025-03,1,LA,"),
            "spend.csv line 2, column month: month 2025-03 is outside arrangement AL1's dates (2025-04-01 onwards)"),
        rule("a_spend_locality_when_given_must_be_known",
            csv("spend.csv", "arrangement,scheme,month,amount,organisation,locality", "LB1,S1,2025-06,1,CCG,NORTH"),
            "spend.csv line 2, column locality: unknown locality 'NORTH'"),
        rule("a_forecast_may_not_be_negative",
            csv("forecasts.csv", "arrangement,scheme,month,forecast_outturn", "LB1,S1,2025-06,-1.00"),
            "forecasts.csv line 2, column forecast_outturn: '-1.00' may not be negative"),
        rule("a_forecast_outside_the_arrangement_dates_is_refused",
            csv("forecasts.csv", "arrangement,scheme,month,forecast_outturn", "LB1,S1,2024-12,1.00"),
            "forecasts.csv line 2, column month: month 2024-12 is outside arrangement LB1's dates (2025-04-01 to 2026-03-31)"),
        rule("a_duplicate_forecast_key_is_refused",
            csv("forecasts.csv", "arrangement,scheme,month,forecast_outturn", "LB1,S1,2025-06,1", "LB1,S1,2025-06,2"),
            "forecasts.csv line 3, column arrangement: duplicate key (LB1, S1, 2025-06): also on line 2"),
        rule("age_bands_are_the_eighteen_of_the_spec",
            csv("population.csv", "practice,year,age_band,sex,count", "P1,2025,85-89,F,3"),
            "population.csv line 2, column age_band: '85-89' is not one of 0-4, 10-14, 15-19, 20-24, 25-29, 30-34, 35-39, 40-44, 45-49, 5-9, 50-54, 55-59, 60-64, 65-69, 70-74, 75-79, 80-84, 85+"),
        rule("sex_is_m_or_f",
            csv("population.csv", "practice,year,age_band,sex,count", "P1,2025,0-4,X,3"),
            "population.csv line 2, column sex: 'X' is not one of F, M"),
        rule("a_population_count_is_a_whole_number",
            csv("population.csv", "practice,year,age_band,sex,count", "P1,2025,0-4,F,3.5"),
            "population.csv line 2, column count: '3.5' is not a whole number"),
        rule("a_population_count_is_not_negative",
            csv("population.csv", "practice,year,age_band,sex,count", "P1,2025,0-4,F,-3"),
            "population.csv line 2, column count: '-3' may not be negative"),
        rule("a_population_year_has_four_digits",
            csv("population.csv", "practice,year,age_band,sex,count", "P1,25,0-4,F,3"),
            "population.csv line 2, column year: '25' is not a year of four digits"),
        rule("a_population_practice_must_be_known",
            csv("population.csv", "practice,year,age_band,sex,count", "P9,2025,0-4,F,3"),
            "population.csv line 2, column practice: unknown practice 'P9'"),
        rule("an_activity_age_is_0_to_130",
            activity("R9,2025-06,PAT9,P1,131,M,ACUTE,ELECTIVE,,,0,1.00"),
            "activity.csv line 2, column age: '131' is out of range 0 to 130"),
        rule("activity_bed_days_are_not_negative",
            activity("R9,2025-06,PAT9,P1,80,M,ACUTE,ELECTIVE,,,-1,1.00"),
            "activity.csv line 2, column bed_days: '-1' may not be negative"),
        rule("an_activity_admission_type_must_be_known",
            activity("R9,2025-06,PAT9,P1,80,M,ACUTE,EMERGENCY,,,1,1.00"),
            "activity.csv line 2, column admission_type: 'EMERGENCY' is not one of DAY_CASE, ELECTIVE, NONE, NON_ELECTIVE"),
        rule("an_activity_setting_must_be_a_care_type",
            activity("R9,2025-06,PAT9,P1,80,M,HOSPITAL,ELECTIVE,,,1,1.00"),
            "activity.csv line 2, column setting: 'HOSPITAL' is not one of ACUTE, CARE_HOME, COMMUNITY_HEALTH, COMMUNITY_HOSPITAL, EQUIPMENT, HOME_CARE, INTERMEDIATE_CARE, MENTAL_HEALTH_INPATIENT, OTHER, PRIMARY_CARE, REABLEMENT"),
        rule("an_activity_cost_may_not_be_negative",
            activity("R9,2025-06,PAT9,P1,80,M,ACUTE,ELECTIVE,,,1,-1.00"),
            "activity.csv line 2, column cost: '-1.00' may not be negative"),
        rule("an_activity_record_id_is_unique_within_the_file",
            activity("R9,2025-06,PAT9,P1,80,M,ACUTE,ELECTIVE,,,1,1.00", "R9,2025-06,PAT8,P1,80,M,ACUTE,ELECTIVE,,,1,1.00"),
            "activity.csv line 3, column record_id: duplicate record_id 'R9': also on line 2"),
        rule("an_activity_record_id_is_unique_against_other_stored_months",
            activity("R1,2025-06,PAT9,P1,80,M,ACUTE,ELECTIVE,,,1,1.00"),
            "activity.csv line 2, column record_id: record_id 'R1' is already loaded for month 2025-04 (a load replaces only the months its file holds)"),
        rule("kpis_csv_may_not_redefine_a_derived_kpi",
            csv("kpis.csv", "code,name,unit,better", "NEL_ADMISSIONS_PER_1000,Mine,per 1000,LOWER"),
            "kpis.csv line 2, column code: 'NEL_ADMISSIONS_PER_1000' is a derived (built-in) KPI and cannot be redefined"),
        rule("kpi_better_is_higher_or_lower",
            csv("kpis.csv", "code,name,unit,better", "NEW_KPI,New,count,UP"),
            "kpis.csv line 2, column better: 'UP' is not one of HIGHER, LOWER"),
        rule("a_kpi_target_kpi_must_be_known",
            csv("kpi_targets.csv", "arrangement,kpi,financial_year,target", "LB1,NO_SUCH_KPI,2025-26,1"),
            "kpi_targets.csv line 2, column kpi: unknown KPI 'NO_SUCH_KPI'"),
        rule("kpi_figures_have_at_most_four_decimals",
            csv("kpi_targets.csv", "arrangement,kpi,financial_year,target", "LB1,DTOC_DAYS,2025-26,1.23456"),
            "kpi_targets.csv line 2, column target: '1.23456' has more than 4 decimal places"),
        rule("kpi_actuals_are_only_for_imported_kpis",
            csv("kpi_actuals.csv", "arrangement,kpi,month,value", "LB1,NEL_ADMISSIONS_PER_1000,2025-06,1"),
            "kpi_actuals.csv line 2, column kpi: 'NEL_ADMISSIONS_PER_1000' is derived from activity and population; actuals cannot be imported"),
        rule("kpi_actuals_outside_the_arrangement_dates_are_refused",
            csv("kpi_actuals.csv", "arrangement,kpi,month,value", "LB1,DTOC_DAYS,2026-05,1"),
            "kpi_actuals.csv line 2, column month: month 2026-05 is outside arrangement LB1's dates (2025-04-01 to 2026-03-31)"),
        rule("contributions_for_a_year_outside_the_arrangement_dates_are_refused",
            csv("contributions.csv", "arrangement,organisation,financial_year,amount", "LB1,CCG,2019-20,1.00"),
            "contributions.csv line 2, column financial_year: financial year 2019-20 is outside arrangement LB1's dates (2025-04-01 to 2026-03-31)"),
        rule("budgets_for_a_year_outside_the_arrangement_dates_are_refused",
            csv("budgets.csv", "arrangement,scheme,financial_year,amount", "LB1,S1,2026-27,1.00"),
            "budgets.csv line 2, column financial_year: financial year 2026-27 is outside arrangement LB1's dates (2025-04-01 to 2026-03-31)"),
        rule("kpi_targets_for_a_year_outside_the_arrangement_dates_are_refused",
            csv("kpi_targets.csv", "arrangement,kpi,financial_year,target", "AL1,DTOC_DAYS,2024-25,1"),
            "kpi_targets.csv line 2, column financial_year: financial year 2024-25 is outside arrangement AL1's dates (2025-04-01 onwards)"),
        rule("agreed_shares_name_only_partners_of_the_arrangement",
            csv("agreed_shares.csv", "arrangement,organisation,share_pct", "LB1,CCG,50", "LB1,TRUST,50"),
            "agreed_shares.csv line 3, column organisation: organisation TRUST neither contributes to arrangement LB1 nor hosts it: agreed shares split the pool among its partners"),
        rule("new_arrangement_dates_may_not_leave_stored_rows_outside_them",
            csv("arrangements.csv", "code,name,board,model,host,start_date,end_date,risk_share,legal_basis",
                "LB1,Lead body pool,HWB,LEAD_BODY,CCG,2025-04-01,2025-04-30,SHARES,"),
            "arrangements.csv line 2, column end_date: the dates 2025-04-01 to 2025-04-30 would leave stored rows of LB1 outside them: 2 spend rows (2025-05), 2 forecasts (2025-05), 1 KPI actual (2025-05); the store would then hold what the import refuses to load"),
        rule("a_later_start_date_may_not_leave_stored_years_outside",
            csv("arrangements.csv", "code,name,board,model,host,start_date,end_date,risk_share,legal_basis",
                "AL1,Aligned budget,HWB,ALIGNED,,2026-04-01,,OWN,"),
            "arrangements.csv line 2, column start_date: the dates 2026-04-01 onwards would leave stored rows of AL1 outside them: 1 spend row (2025-04), 2 contributions (2025-26), 1 budget (2025-26); the store would then hold what the import refuses to load"),
        rule("kpi_values_must_be_numeric",
            csv("kpi_actuals.csv", "arrangement,kpi,month,value", "LB1,DTOC_DAYS,2025-06,n/a"),
            "kpi_actuals.csv line 2, column value: 'n/a' is not a number"),
        rule("a_scheme_risk_class_must_be_one_of_the_three",
            csv("schemes.csv", "arrangement,code,name,care_type,funder,risk_class", "LB1,S3,Grant,EQUIPMENT,LA,RINGFENCED"),
            "schemes.csv line 2, column risk_class: 'RINGFENCED' is not one of FIXED, RING_FENCED, VARIABLE"),
        rule("a_forecast_method_must_be_run_rate_or_budget",
            terms("LB1,2025-26,MONTHLY,,,,"),
            "agreement_terms.csv line 2, column forecast_method: 'MONTHLY' is not one of BUDGET, RUN_RATE"),
        rule("an_underspend_term_must_be_return_reserve_or_host",
            terms("LB1,2025-26,,KEEP,,,"),
            "agreement_terms.csv line 2, column underspend: 'KEEP' is not one of HOST, RESERVE, RETURN"),
        rule("an_aligned_arrangement_has_no_underspend_term",
            terms("AL1,2025-26,,RESERVE,,,"),
            "agreement_terms.csv line 2, column underspend: arrangement AL1 is ALIGNED: it has no pool, so each partner keeps its own underspend and there is no underspend term"),
        rule("amber_must_be_below_red",
            terms("LB1,2025-26,,,5,5,"),
            "agreement_terms.csv line 2, column amber_pct: amber_pct 5 must be below red_pct 5: a scheme turns AMBER before it turns RED"),
        rule("amber_must_be_below_the_default_red",
            terms("LB1,2025-26,,,6,,"),
            "agreement_terms.csv line 2, column amber_pct: amber_pct 6 must be below red_pct 5 (the default): a scheme turns AMBER before it turns RED"),
        rule("red_must_be_above_the_default_amber",
            terms("LB1,2025-26,,,,1.5,"),
            "agreement_terms.csv line 2, column red_pct: amber_pct 2 (the default) must be below red_pct 1.5: a scheme turns AMBER before it turns RED"),
        rule("a_threshold_percentage_is_at_most_100",
            terms("LB1,2025-26,,,,,101"),
            "agreement_terms.csv line 2, column notify_pct: '101' is not a percentage from 0 to 100"),
        rule("a_threshold_percentage_is_not_negative",
            terms("LB1,2025-26,,,-1,,"),
            "agreement_terms.csv line 2, column amber_pct: '-1' is not a percentage from 0 to 100"),
        rule("a_percentage_has_at_most_four_decimals",
            terms("LB1,2025-26,,,2.12345,,"),
            "agreement_terms.csv line 2, column amber_pct: '2.12345' has more than 4 decimal places"),
        rule("terms_of_an_unknown_arrangement_are_refused",
            terms("BCF-25,2025-26,,,,,"),
            "agreement_terms.csv line 2, column arrangement: unknown arrangement 'BCF-25'"),
        rule("terms_for_a_year_outside_the_arrangement_dates_are_refused",
            terms("LB1,2026-27,,,,,"),
            "agreement_terms.csv line 2, column financial_year: financial year 2026-27 is outside arrangement LB1's dates (2025-04-01 to 2026-03-31)"),
        rule("a_duplicate_terms_key_is_refused",
            terms("LB1,2025-26,BUDGET,,,,", "LB1,2025-26,RUN_RATE,,,,"),
            "agreement_terms.csv line 3, column arrangement: duplicate key (LB1, 2025-26): also on line 2"),
        rule("a_rest_step_must_be_last",
            steps("LB1,2025-26,1,REST,CCG,,", "LB1,2025-26,2,SHARES,,,"),
            "risk_steps.csv line 2, column rule: REST takes all that remains, so it must be the last step; step 1 of LB1 2025-26 is followed by step 2"),
        rule("steps_are_numbered_without_gaps",
            steps("LB1,2025-26,1,RESERVE,,,", "LB1,2025-26,3,SHARES,,,"),
            "risk_steps.csv line 3, column step: the steps of LB1 2025-26 must be numbered 1, 2, 3, … without gaps: step 2 is missing"),
        rule("steps_start_at_one",
            steps("LB1,2025-26,2,SHARES,,,"),
            "risk_steps.csv line 2, column step: the steps of LB1 2025-26 must be numbered 1, 2, 3, … without gaps: step 1 is missing"),
        rule("a_step_number_is_at_least_one",
            steps("LB1,2025-26,0,SHARES,,,"),
            "risk_steps.csv line 2, column step: '0' is out of range 1 to 99"),
        rule("a_first_step_takes_a_percent_or_an_amount_not_both",
            steps("LB1,2025-26,1,FIRST,HOST,1,5000.00"),
            "risk_steps.csv line 2, column amount: a FIRST step takes a percent (of the pool's contributions) or an amount, not both"),
        rule("a_first_step_needs_a_percent_or_an_amount",
            steps("LB1,2025-26,1,FIRST,HOST,,"),
            "risk_steps.csv line 2, column percent: a FIRST step needs a percent (of the pool's contributions) or an amount: give one of them"),
        rule("a_first_step_needs_a_party",
            steps("LB1,2025-26,1,FIRST,,1,"),
            "risk_steps.csv line 2, column party: a FIRST step needs a party: HOST or the code of a partner"),
        rule("a_rest_step_needs_a_party",
            steps("LB1,2025-26,1,SHARES,,,", "LB1,2025-26,2,REST,,,"),
            "risk_steps.csv line 3, column party: a REST step needs a party: HOST or the code of a partner"),
        rule("a_step_party_must_be_a_partner",
            steps("LB1,2025-26,1,REST,TRUST,,"),
            "risk_steps.csv line 2, column party: party 'TRUST' is not a partner of LB1 in 2025-26: a party is HOST, the host, or an organisation contributing that year"),
        rule("a_first_step_party_must_be_a_partner",
            steps("LB1,2025-26,1,FIRST,NOBODY,1,"),
            "risk_steps.csv line 2, column party: party 'NOBODY' is not a partner of LB1 in 2025-26: a party is HOST, the host, or an organisation contributing that year"),
        rule("an_aligned_arrangement_has_no_steps",
            steps("AL1,2025-26,1,SHARES,,,"),
            "risk_steps.csv line 2, column arrangement: arrangement AL1 is ALIGNED: it has no pool to share, each partner bears its own (risk_share OWN), so it can have no risk-share steps"),
        rule("a_step_rule_must_be_one_of_the_four",
            steps("LB1,2025-26,1,HALF,,,"),
            "risk_steps.csv line 2, column rule: 'HALF' is not one of FIRST, RESERVE, REST, SHARES"),
        rule("a_reserve_step_takes_no_party",
            steps("LB1,2025-26,1,RESERVE,CCG,,"),
            "risk_steps.csv line 2, column party: a RESERVE step takes no party ('CCG')"),
        rule("a_shares_step_takes_a_cap_as_a_percent_not_an_amount",
            steps("LB1,2025-26,1,SHARES,,,1000.00"),
            "risk_steps.csv line 2, column amount: a SHARES step takes no amount ('1000.00')"),
        rule("a_step_percent_is_at_most_100",
            steps("LB1,2025-26,1,SHARES,,150,"),
            "risk_steps.csv line 2, column percent: '150' is not a percentage from 0 to 100"),
        rule("a_step_amount_has_at_most_two_decimals",
            steps("LB1,2025-26,1,RESERVE,,,10.005"),
            "risk_steps.csv line 2, column amount: '10.005' has more than 2 decimal places"),
        rule("a_step_amount_is_not_negative",
            steps("LB1,2025-26,1,RESERVE,,,-10.00"),
            "risk_steps.csv line 2, column amount: '-10.00' may not be negative"),
        rule("steps_of_an_unknown_arrangement_are_refused",
            steps("BCF-25,2025-26,1,SHARES,,,"),
            "risk_steps.csv line 2, column arrangement: unknown arrangement 'BCF-25'"),
        rule("a_duplicate_step_is_refused",
            steps("LB1,2025-26,1,SHARES,,,", "LB1,2025-26,1,RESERVE,,,"),
            "risk_steps.csv line 3, column arrangement: duplicate key (LB1, 2025-26, 1): also on line 2"),
        rule("a_reserve_may_not_be_negative",
            reserves("LB1,2025-26,-1.00"),
            "reserves.csv line 2, column opening_balance: '-1.00' may not be negative"),
        rule("a_reserve_has_at_most_two_decimals",
            reserves("LB1,2025-26,100.001"),
            "reserves.csv line 2, column opening_balance: '100.001' has more than 2 decimal places"),
        rule("an_aligned_arrangement_has_no_pool_reserve",
            reserves("AL1,2025-26,100.00"),
            "reserves.csv line 2, column arrangement: arrangement AL1 is ALIGNED: it has no pool, so it has no pool reserve"),
        rule("a_reserve_of_an_unknown_arrangement_is_refused",
            reserves("BCF-25,2025-26,100.00"),
            "reserves.csv line 2, column arrangement: unknown arrangement 'BCF-25'"),
        rule("a_duplicate_reserve_key_is_refused",
            reserves("LB1,2025-26,100.00", "LB1,2025-26,200.00"),
            "reserves.csv line 3, column arrangement: duplicate key (LB1, 2025-26): also on line 2"),
        rule("a_pool_with_steps_a_reserve_and_an_underspend_term_cannot_become_aligned",
            csv("arrangements.csv", "code,name,board,model,host,start_date,end_date,risk_share,legal_basis",
                "LB1,Lead body pool,HWB,ALIGNED,,2025-04-01,2026-03-31,OWN,"),
            "arrangements.csv line 2, column model: arrangement LB1 cannot become ALIGNED while the store holds its 4 risk-share step(s), 1 pool reserve(s), 1 underspend term(s): an ALIGNED arrangement has no pool"),
        rule("a_row_with_the_wrong_number_of_values_is_refused",
            csv("boards.csv", "code,name", "B2,Board two,extra"),
            "boards.csv line 2: expected 2 values as in the header, found 3"),
        rule("a_missing_column_is_reported_against_line_1",
            csv("organisations.csv", "code,name", "X1,Ex"),
            "organisations.csv line 1, column kind: missing column 'kind'"),
        rule("an_unknown_column_is_reported_against_line_1",
            csv("boards.csv", "code,name,colour", "B2,Board two,red"),
            "boards.csv line 1, column colour: unknown column 'colour'; expected code,name"),
        rule("a_duplicate_column_is_reported_against_line_1",
            csv("boards.csv", "code,name,code", "B2,Board two,B2"),
            "boards.csv line 1, column code: duplicate column 'code'"),
        rule("an_unknown_file_name_is_refused",
            csv("spends.csv", "arrangement,scheme,month,amount,organisation,locality"),
            "spends.csv: 'spends.csv' is not a carepool import file name; expected one of " + FileKind.expectedNames()
                + " (a name may go on after -, _ or ., e.g. spend-2025-09.csv)"));
  }

  private static UploadedFile terms(String... rows) {
    return withHeader("agreement_terms.csv", "arrangement,financial_year,forecast_method,underspend,amber_pct,red_pct,notify_pct",
        rows);
  }

  private static UploadedFile steps(String... rows) {
    return withHeader("risk_steps.csv", "arrangement,financial_year,step,rule,party,percent,amount", rows);
  }

  private static UploadedFile reserves(String... rows) {
    return withHeader("reserves.csv", "arrangement,financial_year,opening_balance", rows);
  }

  private static UploadedFile withHeader(String name, String header, String... rows) {
    String[] lines = new String[rows.length + 1];
    lines[0] = header;
    System.arraycopy(rows, 0, lines, 1, rows.length);
    return csv(name, lines);
  }

  private static UploadedFile activity(String... rows) {
    String[] lines = new String[rows.length + 1];
    lines[0] = "record_id,month,patient_id,practice,age,sex,setting,admission_type,specialty,site,bed_days,cost";
    System.arraycopy(rows, 0, lines, 1, rows.length);
    return csv("activity.csv", lines);
  }

  private static Arguments rule(String name, UploadedFile file, String problem) {
    return Arguments.of(name, file, problem);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void each_rule_rejects_its_file_names_file_line_and_column_and_writes_nothing(
      String rule, UploadedFile file, String problem) {
    Map<String, Integer> before = store.counts();
    int batchesBefore = store.batches().size();

    ImportRejected rejected = assertThrows(ImportRejected.class, () -> store.load(file));

    List<String> problems = rejected.problems().stream().map(Problem::toString).toList();
    assertTrue(problems.contains(problem), () -> "expected " + problem + "\n got " + problems);
    assertEquals(before, store.counts(), "no data row may be written");
    List<ImportBatchRecord> batches = store.batches();
    assertEquals(batchesBefore + 1, batches.size(), "one import_batch row for the one file");
    ImportBatchRecord batch = batches.get(batches.size() - 1);
    assertEquals("REJECTED", batch.getOutcome());
    assertEquals(file.name(), batch.getFileName());
    assertEquals(rejected.problemCount(), (long) batch.getProblemCount());
    assertTrue(batch.getProblems().contains(problem), batch.getProblems());
  }
}
