-- carepool store, part 4: summaries of activity, kept by the import in the same transaction as
-- the activity rows they sum (ActivityFile replaces whole months, and with them these rows), so
-- that indicators and mapping read a few thousand rows whatever the size of activity.
-- Grains are chosen so that they do not grow with the number of practices or patients, except
-- the practice summary, whose size is the practice count by design (per-capita cost by practice).
-- Locality is the practice's locality at the time of the load.

-- By person group and setting: the derived KPIs (SPEC §5) and the mapping by locality, setting,
-- age band and sex, balance of care and the standardised ratio. Age bands as in population.
CREATE TABLE activity_summary (
  month          DATE          NOT NULL,
  locality       VARCHAR(20)   NOT NULL,
  age_band       VARCHAR(5)    NOT NULL,
  sex            CHAR(1)       NOT NULL,
  setting        VARCHAR(30)   NOT NULL,
  admission_type VARCHAR(15)   NOT NULL,
  episodes       INT           NOT NULL,
  bed_days       BIGINT        NOT NULL,
  cost           DECIMAL(19,2) NOT NULL,
  CONSTRAINT pk_activity_summary PRIMARY KEY (month, locality, age_band, sex, setting, admission_type)
);

-- By practice: per-capita cost by practice.
CREATE TABLE activity_practice_summary (
  month    DATE          NOT NULL,
  practice VARCHAR(20)   NOT NULL,
  locality VARCHAR(20)   NOT NULL,
  episodes INT           NOT NULL,
  cost     DECIMAL(19,2) NOT NULL,
  CONSTRAINT pk_activity_practice_summary PRIMARY KEY (month, practice)
);

-- Hospital activity (rows with a site) by site and specialty: occupied bed days and equivalent beds.
-- A row without a specialty is summed under specialty '-'.
CREATE TABLE activity_bed_summary (
  month     DATE        NOT NULL,
  locality  VARCHAR(20) NOT NULL,
  site      VARCHAR(20) NOT NULL,
  specialty VARCHAR(10) NOT NULL,
  episodes  INT         NOT NULL,
  bed_days  BIGINT      NOT NULL,
  CONSTRAINT pk_activity_bed_summary PRIMARY KEY (month, locality, site, specialty)
);

-- Population by locality, age band and sex for each year, kept by the population import: the
-- derived KPIs and the mapping by locality read this, not the practice-level table.
CREATE TABLE population_summary (
  population_year INT         NOT NULL,
  locality        VARCHAR(20) NOT NULL,
  age_band        VARCHAR(5)  NOT NULL,
  sex             CHAR(1)     NOT NULL,
  import_batch    BIGINT      NOT NULL,
  person_count    BIGINT      NOT NULL,
  CONSTRAINT pk_population_summary PRIMARY KEY (population_year, locality, age_band, sex, import_batch)
);
