-- carepool store, part 15: closed months and the finance lead's commentary (SPEC §4.9, §3).

-- SPEC §4.9: a month closed for an arrangement, with its I&E statement exactly as reported. The
-- statement is kept whole (the finance feature's own JSON of it), so a download "as reported"
-- renders the kept figures, never figures worked out again. The pool forecast and the scheme
-- forecasts are kept apart as numbers too: the next months' previous forecast and movement read
-- them, and a restatement compares them, without parsing the statement. A reopened month leaves
-- this table for month_reopen, so at most one close per arrangement and month is in force.
CREATE TABLE month_close (
  id             BIGINT          NOT NULL GENERATED ALWAYS AS IDENTITY,
  arrangement    VARCHAR(20)     NOT NULL,
  month          DATE            NOT NULL,
  closed_at      TIMESTAMP       NOT NULL,
  closed_by      VARCHAR(100)    NOT NULL,
  how            VARCHAR(10)     NOT NULL,
  pool_forecast  DECIMAL(15,2)   NOT NULL,
  import_batches VARCHAR(4000)   NOT NULL,
  statement      CLOB(16777216)  NOT NULL,
  CONSTRAINT pk_month_close PRIMARY KEY (id),
  CONSTRAINT uq_month_close UNIQUE (arrangement, month),
  CONSTRAINT fk_month_close_arrangement FOREIGN KEY (arrangement) REFERENCES arrangement (code),
  CONSTRAINT ck_month_close_how CHECK (how IN ('ANALYST', 'PACK'))
);

CREATE TABLE month_close_scheme (
  close_id BIGINT        NOT NULL,
  scheme   VARCHAR(20)   NOT NULL,
  forecast DECIMAL(15,2) NOT NULL,
  CONSTRAINT pk_month_close_scheme PRIMARY KEY (close_id, scheme),
  CONSTRAINT fk_month_close_scheme_close FOREIGN KEY (close_id) REFERENCES month_close (id) ON DELETE CASCADE
);

-- A close that an administrator undid, and why: the history of every reopening.
CREATE TABLE month_reopen (
  id            BIGINT        NOT NULL GENERATED ALWAYS AS IDENTITY,
  arrangement   VARCHAR(20)   NOT NULL,
  month         DATE          NOT NULL,
  closed_at     TIMESTAMP     NOT NULL,
  closed_by     VARCHAR(100)  NOT NULL,
  how           VARCHAR(10)   NOT NULL,
  pool_forecast DECIMAL(15,2) NOT NULL,
  reopened_at   TIMESTAMP     NOT NULL,
  reopened_by   VARCHAR(100)  NOT NULL,
  reason        VARCHAR(1000) NOT NULL,
  CONSTRAINT pk_month_reopen PRIMARY KEY (id),
  CONSTRAINT fk_month_reopen_arrangement FOREIGN KEY (arrangement) REFERENCES arrangement (code)
);

-- SPEC §3 commentary.csv, or entered on the page: the finance lead's explanation of a scheme's
-- variance (scheme NULL: the pool as a whole) and the recovery action for a month. One row per
-- (arrangement, scheme, month); the loader and the page replace by that key (a NULL scheme is
-- not unique to Derby, so the key is kept by the code, not by a constraint).
CREATE TABLE commentary (
  id           BIGINT        NOT NULL GENERATED ALWAYS AS IDENTITY,
  arrangement  VARCHAR(20)   NOT NULL,
  scheme       VARCHAR(20),
  month        DATE          NOT NULL,
  commentary   VARCHAR(4000) NOT NULL,
  action       VARCHAR(2000),
  owner        VARCHAR(200),
  due          DATE,
  import_batch BIGINT,
  entered_by   VARCHAR(100),
  CONSTRAINT pk_commentary PRIMARY KEY (id),
  CONSTRAINT fk_commentary_arrangement FOREIGN KEY (arrangement) REFERENCES arrangement (code),
  CONSTRAINT fk_commentary_batch FOREIGN KEY (import_batch) REFERENCES import_batch (id)
);
CREATE INDEX ix_commentary_key ON commentary (arrangement, month);
