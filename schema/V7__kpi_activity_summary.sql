-- carepool store, part 7: a summary of activity narrowed to what the derived KPIs (SPEC §5) read,
-- so that the performance figures read a number of rows that does not depend on the number of
-- practices or patients: months × localities × 3 age groups × at most 6 flag combinations.
-- activity_summary (V4) keeps serving the mapping; both are rebuilt by the import in the load's
-- transaction (ActivitySummaries). Locality is the practice's locality at the time of the load.
--   age_group      UNDER_65 below 65, 65_74 from exactly 65, 75_PLUS from exactly 75
--   non_elective   admission_type = 'NON_ELECTIVE'
--   care_home      setting = 'CARE_HOME'
--   institutional  setting in the institutional part of the balance of care (SPEC §1)
CREATE TABLE kpi_activity_summary (
  month         DATE          NOT NULL,
  locality      VARCHAR(20)   NOT NULL,
  age_group     VARCHAR(8)    NOT NULL,
  non_elective  BOOLEAN       NOT NULL,
  care_home     BOOLEAN       NOT NULL,
  institutional BOOLEAN       NOT NULL,
  episodes      INT           NOT NULL,
  bed_days      BIGINT        NOT NULL,
  cost          DECIMAL(19,2) NOT NULL,
  CONSTRAINT pk_kpi_activity_summary
    PRIMARY KEY (month, locality, age_group, non_elective, care_home, institutional),
  CONSTRAINT ck_kpi_activity_summary_age_group CHECK (age_group IN ('UNDER_65', '65_74', '75_PLUS'))
);

-- Existing stores: sum what activity already holds, as the import would have.
INSERT INTO kpi_activity_summary (month, locality, age_group, non_elective, care_home, institutional, episodes,
    bed_days, cost)
SELECT r.month, r.locality, r.age_group, r.non_elective, r.care_home, r.institutional, COUNT(*),
    SUM(CAST(r.bed_days AS BIGINT)), CAST(SUM(r.cost) AS DECIMAL(19,2))
FROM (
  SELECT a.month, p.locality,
      CASE WHEN a.age >= 75 THEN '75_PLUS' WHEN a.age >= 65 THEN '65_74' ELSE 'UNDER_65' END AS age_group,
      CASE WHEN a.admission_type = 'NON_ELECTIVE' THEN TRUE ELSE FALSE END AS non_elective,
      CASE WHEN a.setting = 'CARE_HOME' THEN TRUE ELSE FALSE END AS care_home,
      CASE WHEN a.setting IN ('ACUTE', 'COMMUNITY_HOSPITAL', 'MENTAL_HEALTH_INPATIENT', 'CARE_HOME') THEN TRUE
        ELSE FALSE END AS institutional,
      a.bed_days, a.cost
  FROM activity a JOIN practice p ON p.code = a.practice
) r
GROUP BY r.month, r.locality, r.age_group, r.non_elective, r.care_home, r.institutional;
