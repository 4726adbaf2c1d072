-- carepool store, part 22: two of the activity table's checks written so PostgreSQL evaluates them cheaply.

-- The activity table takes millions of rows per load, and every row runs its CHECK constraints on the
-- server. Measured on PostgreSQL 18 (issue 12, item 2; docs/benchmarks.md), V2's IN-lists of setting
-- (eleven codes) and admission type (four) were the dearest of them: IN compares the value with each
-- listed code in turn, one text comparison (a function call, with its collation looked up) per code.
-- `jsonb ? text` finds a key by binary search over the object's sorted keys, comparing bytes. A value is
-- accepted exactly when it equals one of the codes, as IN accepts it under any deterministic collation
-- (byte equality: case, blanks and accents all count); the columns are NOT NULL, and a NULL would pass
-- both forms alike. ActivityChecksTest inserts near misses of every kind and sees each refused.
-- The constraints keep their names, so a refused row names the same constraint. Derby's twin is empty.
ALTER TABLE activity
  DROP CONSTRAINT ck_activity_setting,
  DROP CONSTRAINT ck_activity_admission,
  ADD CONSTRAINT ck_activity_setting CHECK ('{"ACUTE": 0, "COMMUNITY_HOSPITAL": 0, "MENTAL_HEALTH_INPATIENT": 0,
    "CARE_HOME": 0, "INTERMEDIATE_CARE": 0, "REABLEMENT": 0, "HOME_CARE": 0, "COMMUNITY_HEALTH": 0, "EQUIPMENT": 0,
    "PRIMARY_CARE": 0, "OTHER": 0}'::jsonb ? setting),
  ADD CONSTRAINT ck_activity_admission CHECK ('{"ELECTIVE": 0, "NON_ELECTIVE": 0, "DAY_CASE": 0, "NONE": 0}'::jsonb
    ? admission_type);
