-- carepool store, part 2: the money (contributions, budgets, spend, forecasts), population,
-- activity and KPIs. Money is DECIMAL(15,2). A financial year is stored as the calendar year
-- it starts in (2025 = 2025-26); a month as the DATE of its first day.

CREATE TABLE contribution (
  arrangement    VARCHAR(20)   NOT NULL,
  organisation   VARCHAR(20)   NOT NULL,
  financial_year INT           NOT NULL,
  amount         DECIMAL(15,2) NOT NULL,
  import_batch   BIGINT        NOT NULL,
  CONSTRAINT pk_contribution PRIMARY KEY (arrangement, organisation, financial_year),
  CONSTRAINT fk_contribution_arrangement FOREIGN KEY (arrangement) REFERENCES arrangement (code),
  CONSTRAINT fk_contribution_organisation FOREIGN KEY (organisation) REFERENCES organisation (code),
  CONSTRAINT fk_contribution_batch FOREIGN KEY (import_batch) REFERENCES import_batch (id),
  CONSTRAINT ck_contribution_amount CHECK (amount >= 0)
);

CREATE TABLE scheme (
  arrangement  VARCHAR(20)  NOT NULL,
  code         VARCHAR(20)  NOT NULL,
  name         VARCHAR(200) NOT NULL,
  care_type    VARCHAR(30)  NOT NULL,
  funder       VARCHAR(20)  NOT NULL,
  import_batch BIGINT       NOT NULL,
  CONSTRAINT pk_scheme PRIMARY KEY (arrangement, code),
  CONSTRAINT fk_scheme_arrangement FOREIGN KEY (arrangement) REFERENCES arrangement (code),
  CONSTRAINT fk_scheme_funder FOREIGN KEY (funder) REFERENCES organisation (code),
  CONSTRAINT fk_scheme_batch FOREIGN KEY (import_batch) REFERENCES import_batch (id),
  CONSTRAINT ck_scheme_care_type CHECK (care_type IN ('ACUTE', 'COMMUNITY_HOSPITAL', 'MENTAL_HEALTH_INPATIENT',
    'CARE_HOME', 'INTERMEDIATE_CARE', 'REABLEMENT', 'HOME_CARE', 'COMMUNITY_HEALTH', 'EQUIPMENT', 'PRIMARY_CARE', 'OTHER'))
);

CREATE TABLE budget (
  arrangement    VARCHAR(20)   NOT NULL,
  scheme         VARCHAR(20)   NOT NULL,
  financial_year INT           NOT NULL,
  amount         DECIMAL(15,2) NOT NULL,
  import_batch   BIGINT        NOT NULL,
  CONSTRAINT pk_budget PRIMARY KEY (arrangement, scheme, financial_year),
  CONSTRAINT fk_budget_scheme FOREIGN KEY (arrangement, scheme) REFERENCES scheme (arrangement, code),
  CONSTRAINT fk_budget_batch FOREIGN KEY (import_batch) REFERENCES import_batch (id),
  CONSTRAINT ck_budget_amount CHECK (amount >= 0)
);

CREATE TABLE spend (
  id           BIGINT        NOT NULL GENERATED ALWAYS AS IDENTITY,
  arrangement  VARCHAR(20)   NOT NULL,
  scheme       VARCHAR(20)   NOT NULL,
  month        DATE          NOT NULL,
  amount       DECIMAL(15,2) NOT NULL,
  organisation VARCHAR(20)   NOT NULL,
  locality     VARCHAR(20),
  import_batch BIGINT        NOT NULL,
  CONSTRAINT pk_spend PRIMARY KEY (id),
  CONSTRAINT fk_spend_scheme FOREIGN KEY (arrangement, scheme) REFERENCES scheme (arrangement, code),
  CONSTRAINT fk_spend_organisation FOREIGN KEY (organisation) REFERENCES organisation (code),
  CONSTRAINT fk_spend_locality FOREIGN KEY (locality) REFERENCES locality (code),
  CONSTRAINT fk_spend_batch FOREIGN KEY (import_batch) REFERENCES import_batch (id)
);
CREATE INDEX ix_spend_arrangement_month ON spend (arrangement, month);

CREATE TABLE forecast (
  arrangement      VARCHAR(20)   NOT NULL,
  scheme           VARCHAR(20)   NOT NULL,
  month            DATE          NOT NULL,
  forecast_outturn DECIMAL(15,2) NOT NULL,
  import_batch     BIGINT        NOT NULL,
  CONSTRAINT pk_forecast PRIMARY KEY (arrangement, scheme, month),
  CONSTRAINT fk_forecast_scheme FOREIGN KEY (arrangement, scheme) REFERENCES scheme (arrangement, code),
  CONSTRAINT fk_forecast_batch FOREIGN KEY (import_batch) REFERENCES import_batch (id)
);

CREATE TABLE population (
  practice     VARCHAR(20) NOT NULL,
  population_year INT      NOT NULL,
  age_band     VARCHAR(5)  NOT NULL,
  sex          CHAR(1)     NOT NULL,
  person_count INT         NOT NULL,
  import_batch BIGINT      NOT NULL,
  CONSTRAINT pk_population PRIMARY KEY (practice, population_year, age_band, sex),
  CONSTRAINT fk_population_practice FOREIGN KEY (practice) REFERENCES practice (code),
  CONSTRAINT fk_population_batch FOREIGN KEY (import_batch) REFERENCES import_batch (id),
  CONSTRAINT ck_population_sex CHECK (sex IN ('M', 'F')),
  CONSTRAINT ck_population_count CHECK (person_count >= 0),
  CONSTRAINT ck_population_band CHECK (age_band IN ('0-4', '5-9', '10-14', '15-19', '20-24', '25-29', '30-34',
    '35-39', '40-44', '45-49', '50-54', '55-59', '60-64', '65-69', '70-74', '75-79', '80-84', '85+'))
);

-- Activity is the one large table (millions of rows). It deliberately carries no index or
-- foreign key: rows are validated in full by the importer before they are written (practice
-- codes, enums, unique record ids), and reports read summaries, never this table row by row.
CREATE TABLE activity (
  record_id      VARCHAR(40)   NOT NULL,
  month          DATE          NOT NULL,
  patient_id     VARCHAR(40)   NOT NULL,
  practice       VARCHAR(20)   NOT NULL,
  age            SMALLINT      NOT NULL,
  sex            CHAR(1)       NOT NULL,
  setting        VARCHAR(30)   NOT NULL,
  admission_type VARCHAR(15)   NOT NULL,
  specialty      VARCHAR(10),
  site           VARCHAR(20),
  bed_days       INT           NOT NULL,
  cost           DECIMAL(15,2) NOT NULL,
  import_batch   BIGINT        NOT NULL,
  CONSTRAINT ck_activity_age CHECK (age >= 0 AND age <= 130),
  CONSTRAINT ck_activity_sex CHECK (sex IN ('M', 'F')),
  CONSTRAINT ck_activity_bed_days CHECK (bed_days >= 0),
  CONSTRAINT ck_activity_cost CHECK (cost >= 0),
  CONSTRAINT ck_activity_admission CHECK (admission_type IN ('ELECTIVE', 'NON_ELECTIVE', 'DAY_CASE', 'NONE')),
  CONSTRAINT ck_activity_setting CHECK (setting IN ('ACUTE', 'COMMUNITY_HOSPITAL', 'MENTAL_HEALTH_INPATIENT',
    'CARE_HOME', 'INTERMEDIATE_CARE', 'REABLEMENT', 'HOME_CARE', 'COMMUNITY_HEALTH', 'EQUIPMENT', 'PRIMARY_CARE', 'OTHER'))
);

-- Which months of activity are loaded, and by which batch: lets a re-load replace exactly
-- the months a file holds and lets reports name the batches they rest on.
CREATE TABLE activity_month (
  month        DATE   NOT NULL,
  row_count    INT    NOT NULL,
  import_batch BIGINT NOT NULL,
  CONSTRAINT pk_activity_month PRIMARY KEY (month),
  CONSTRAINT fk_activity_month_batch FOREIGN KEY (import_batch) REFERENCES import_batch (id)
);

CREATE TABLE kpi (
  code         VARCHAR(40)  NOT NULL,
  name         VARCHAR(200) NOT NULL,
  unit         VARCHAR(40)  NOT NULL,
  better       VARCHAR(6)   NOT NULL,
  derived      BOOLEAN      NOT NULL,
  import_batch BIGINT,
  CONSTRAINT pk_kpi PRIMARY KEY (code),
  CONSTRAINT fk_kpi_batch FOREIGN KEY (import_batch) REFERENCES import_batch (id),
  CONSTRAINT ck_kpi_better CHECK (better IN ('HIGHER', 'LOWER')),
  CONSTRAINT ck_kpi_batch CHECK (derived OR import_batch IS NOT NULL)
);

INSERT INTO kpi (code, name, unit, better, derived) VALUES
  ('NEL_ADMISSIONS_PER_1000', 'Non-elective admissions per 1,000 population', 'per 1,000', 'LOWER', TRUE),
  ('EMERGENCY_BED_DAYS_PER_1000_65PLUS', 'Emergency bed days per 1,000 population aged 65+', 'per 1,000 65+', 'LOWER', TRUE),
  ('CARE_HOME_ADMISSIONS_PER_100K_65PLUS', 'Care home admissions per 100,000 population aged 65+', 'per 100,000 65+', 'LOWER', TRUE),
  ('INSTITUTIONAL_SHARE_75PLUS', 'Share of 75+ care cost spent in institutional settings', '%', 'LOWER', TRUE);

CREATE TABLE kpi_target (
  arrangement    VARCHAR(20)    NOT NULL,
  kpi            VARCHAR(40)    NOT NULL,
  financial_year INT            NOT NULL,
  target         DECIMAL(19,4)  NOT NULL,
  import_batch   BIGINT         NOT NULL,
  CONSTRAINT pk_kpi_target PRIMARY KEY (arrangement, kpi, financial_year),
  CONSTRAINT fk_kpi_target_arrangement FOREIGN KEY (arrangement) REFERENCES arrangement (code),
  CONSTRAINT fk_kpi_target_kpi FOREIGN KEY (kpi) REFERENCES kpi (code),
  CONSTRAINT fk_kpi_target_batch FOREIGN KEY (import_batch) REFERENCES import_batch (id)
);

CREATE TABLE kpi_actual (
  arrangement  VARCHAR(20)   NOT NULL,
  kpi          VARCHAR(40)   NOT NULL,
  month        DATE          NOT NULL,
  actual_value DECIMAL(19,4) NOT NULL,
  import_batch BIGINT        NOT NULL,
  CONSTRAINT pk_kpi_actual PRIMARY KEY (arrangement, kpi, month),
  CONSTRAINT fk_kpi_actual_arrangement FOREIGN KEY (arrangement) REFERENCES arrangement (code),
  CONSTRAINT fk_kpi_actual_kpi FOREIGN KEY (kpi) REFERENCES kpi (code),
  CONSTRAINT fk_kpi_actual_batch FOREIGN KEY (import_batch) REFERENCES import_batch (id)
);
