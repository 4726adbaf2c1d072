-- carepool store, part 12: how a pool's agreement shares risk and forecasts (SPEC §4.1–4.4, §3).
-- Every new setting is optional, so a store made before this version keeps its figures: schemes
-- become VARIABLE, and an arrangement without terms, steps or reserves follows its risk_share rule.

-- SPEC §4.2: whose a scheme's variance is. VARIABLE is shared, FIXED falls to the host (the funder
-- for ALIGNED), RING_FENCED stays with the scheme and is carried forward.
ALTER TABLE scheme ADD COLUMN risk_class VARCHAR(12) NOT NULL DEFAULT 'VARIABLE';
ALTER TABLE scheme ADD CONSTRAINT ck_scheme_risk_class CHECK (risk_class IN ('VARIABLE', 'FIXED', 'RING_FENCED'));

-- SPEC §4.1, 4.3, 4.6: one row per arrangement and year. A NULL setting is "not set": the
-- calculator applies the SPEC's default (RUN_RATE; underspend by the rule or RETURN; amber 2, red 5;
-- no notice), so the store never pretends a default was agreed.
CREATE TABLE agreement_terms (
  arrangement     VARCHAR(20)  NOT NULL,
  financial_year  INT          NOT NULL,
  forecast_method VARCHAR(10),
  underspend      VARCHAR(10),
  amber_pct       DECIMAL(7,4),
  red_pct         DECIMAL(7,4),
  notify_pct      DECIMAL(7,4),
  import_batch    BIGINT       NOT NULL,
  CONSTRAINT pk_agreement_terms PRIMARY KEY (arrangement, financial_year),
  CONSTRAINT fk_agreement_terms_arrangement FOREIGN KEY (arrangement) REFERENCES arrangement (code),
  CONSTRAINT fk_agreement_terms_batch FOREIGN KEY (import_batch) REFERENCES import_batch (id),
  CONSTRAINT ck_agreement_terms_method CHECK (forecast_method IN ('RUN_RATE', 'BUDGET')),
  CONSTRAINT ck_agreement_terms_underspend CHECK (underspend IN ('RETURN', 'RESERVE', 'HOST')),
  CONSTRAINT ck_agreement_terms_pcts CHECK ((amber_pct IS NULL OR (amber_pct >= 0 AND amber_pct <= 100))
    AND (red_pct IS NULL OR (red_pct >= 0 AND red_pct <= 100))
    AND (notify_pct IS NULL OR (notify_pct >= 0 AND notify_pct <= 100)))
);

-- SPEC §4.3: the agreement's steps for an overspend, in order. party is an organisation code or
-- the word HOST (resolved to the arrangement's host when the figures are worked out), so it has
-- no foreign key; the importer checks it names a partner.
CREATE TABLE risk_step (
  arrangement    VARCHAR(20)   NOT NULL,
  financial_year INT           NOT NULL,
  step           INT           NOT NULL,
  rule           VARCHAR(10)   NOT NULL,
  party          VARCHAR(20),
  percent        DECIMAL(7,4),
  amount         DECIMAL(15,2),
  import_batch   BIGINT        NOT NULL,
  CONSTRAINT pk_risk_step PRIMARY KEY (arrangement, financial_year, step),
  CONSTRAINT fk_risk_step_arrangement FOREIGN KEY (arrangement) REFERENCES arrangement (code),
  CONSTRAINT fk_risk_step_batch FOREIGN KEY (import_batch) REFERENCES import_batch (id),
  CONSTRAINT ck_risk_step_rule CHECK (rule IN ('RESERVE', 'FIRST', 'SHARES', 'REST')),
  CONSTRAINT ck_risk_step_number CHECK (step >= 1),
  CONSTRAINT ck_risk_step_percent CHECK (percent IS NULL OR (percent >= 0 AND percent <= 100)),
  CONSTRAINT ck_risk_step_amount CHECK (amount IS NULL OR amount >= 0)
);

-- SPEC §4.4: a pool's opening reserve for a year.
CREATE TABLE pool_reserve (
  arrangement     VARCHAR(20)   NOT NULL,
  financial_year  INT           NOT NULL,
  opening_balance DECIMAL(15,2) NOT NULL,
  import_batch    BIGINT        NOT NULL,
  CONSTRAINT pk_pool_reserve PRIMARY KEY (arrangement, financial_year),
  CONSTRAINT fk_pool_reserve_arrangement FOREIGN KEY (arrangement) REFERENCES arrangement (code),
  CONSTRAINT fk_pool_reserve_batch FOREIGN KEY (import_batch) REFERENCES import_batch (id),
  CONSTRAINT ck_pool_reserve_balance CHECK (opening_balance >= 0)
);
