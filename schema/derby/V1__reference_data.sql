-- carepool store, part 1: who the partners are, where people live, which arrangements exist.
-- Written in portable SQL (Derby today; PostgreSQL later), every constraint named so that the
-- names jOOQ generates from this file match the ones the database holds.

CREATE TABLE import_batch (
  id            BIGINT       NOT NULL GENERATED ALWAYS AS IDENTITY,
  entity        VARCHAR(40)  NOT NULL,
  file_name     VARCHAR(255) NOT NULL,
  sha256        CHAR(64)     NOT NULL,
  loaded_by     VARCHAR(100) NOT NULL,
  loaded_at     TIMESTAMP    NOT NULL,
  row_count     INT          NOT NULL,
  outcome       VARCHAR(10)  NOT NULL,
  problem_count INT          NOT NULL,
  problems      CLOB(1048576),
  CONSTRAINT pk_import_batch PRIMARY KEY (id),
  CONSTRAINT ck_import_batch_outcome CHECK (outcome IN ('LOADED', 'REJECTED')),
  CONSTRAINT ck_import_batch_rows CHECK (row_count >= 0 AND problem_count >= 0)
);

CREATE TABLE organisation (
  code         VARCHAR(20)  NOT NULL,
  name         VARCHAR(200) NOT NULL,
  kind         VARCHAR(20)  NOT NULL,
  import_batch BIGINT       NOT NULL,
  CONSTRAINT pk_organisation PRIMARY KEY (code),
  CONSTRAINT ck_organisation_kind CHECK (kind IN ('NHS_COMMISSIONER', 'LOCAL_AUTHORITY', 'NHS_PROVIDER', 'OTHER')),
  CONSTRAINT fk_organisation_batch FOREIGN KEY (import_batch) REFERENCES import_batch (id)
);

CREATE TABLE board (
  code         VARCHAR(20)  NOT NULL,
  name         VARCHAR(200) NOT NULL,
  import_batch BIGINT       NOT NULL,
  CONSTRAINT pk_board PRIMARY KEY (code),
  CONSTRAINT fk_board_batch FOREIGN KEY (import_batch) REFERENCES import_batch (id)
);

CREATE TABLE locality (
  code         VARCHAR(20)  NOT NULL,
  name         VARCHAR(200) NOT NULL,
  partnership  VARCHAR(200),
  import_batch BIGINT       NOT NULL,
  CONSTRAINT pk_locality PRIMARY KEY (code),
  CONSTRAINT fk_locality_batch FOREIGN KEY (import_batch) REFERENCES import_batch (id)
);

CREATE TABLE practice (
  code         VARCHAR(20)  NOT NULL,
  name         VARCHAR(200) NOT NULL,
  locality     VARCHAR(20)  NOT NULL,
  import_batch BIGINT       NOT NULL,
  CONSTRAINT pk_practice PRIMARY KEY (code),
  CONSTRAINT fk_practice_locality FOREIGN KEY (locality) REFERENCES locality (code),
  CONSTRAINT fk_practice_batch FOREIGN KEY (import_batch) REFERENCES import_batch (id)
);

CREATE TABLE arrangement (
  code         VARCHAR(20)  NOT NULL,
  name         VARCHAR(200) NOT NULL,
  board        VARCHAR(20)  NOT NULL,
  model        VARCHAR(20)  NOT NULL,
  host         VARCHAR(20),
  start_date   DATE         NOT NULL,
  end_date     DATE,
  risk_share   VARCHAR(10)  NOT NULL,
  legal_basis  VARCHAR(200),
  import_batch BIGINT       NOT NULL,
  CONSTRAINT pk_arrangement PRIMARY KEY (code),
  CONSTRAINT fk_arrangement_board FOREIGN KEY (board) REFERENCES board (code),
  CONSTRAINT fk_arrangement_host FOREIGN KEY (host) REFERENCES organisation (code),
  CONSTRAINT fk_arrangement_batch FOREIGN KEY (import_batch) REFERENCES import_batch (id),
  CONSTRAINT ck_arrangement_model CHECK (model IN ('ALIGNED', 'LEAD_BODY', 'JOINT_COMMISSIONING', 'JOINT_VENTURE')),
  CONSTRAINT ck_arrangement_risk CHECK (risk_share IN ('SHARES', 'HOST', 'OWN')),
  CONSTRAINT ck_arrangement_host CHECK ((model = 'ALIGNED' AND host IS NULL) OR (model <> 'ALIGNED' AND host IS NOT NULL)),
  CONSTRAINT ck_arrangement_aligned_own CHECK (model <> 'ALIGNED' OR risk_share = 'OWN'),
  CONSTRAINT ck_arrangement_dates CHECK (end_date IS NULL OR end_date >= start_date)
);

CREATE TABLE arrangement_locality (
  arrangement  VARCHAR(20) NOT NULL,
  locality     VARCHAR(20) NOT NULL,
  import_batch BIGINT      NOT NULL,
  CONSTRAINT pk_arrangement_locality PRIMARY KEY (arrangement, locality),
  CONSTRAINT fk_arr_locality_arrangement FOREIGN KEY (arrangement) REFERENCES arrangement (code),
  CONSTRAINT fk_arr_locality_locality FOREIGN KEY (locality) REFERENCES locality (code),
  CONSTRAINT fk_arr_locality_batch FOREIGN KEY (import_batch) REFERENCES import_batch (id)
);

CREATE TABLE agreed_share (
  arrangement  VARCHAR(20)  NOT NULL,
  organisation VARCHAR(20)  NOT NULL,
  share_pct    DECIMAL(9,6) NOT NULL,
  import_batch BIGINT       NOT NULL,
  CONSTRAINT pk_agreed_share PRIMARY KEY (arrangement, organisation),
  CONSTRAINT fk_agreed_share_arrangement FOREIGN KEY (arrangement) REFERENCES arrangement (code),
  CONSTRAINT fk_agreed_share_organisation FOREIGN KEY (organisation) REFERENCES organisation (code),
  CONSTRAINT fk_agreed_share_batch FOREIGN KEY (import_batch) REFERENCES import_batch (id),
  CONSTRAINT ck_agreed_share_pct CHECK (share_pct >= 0 AND share_pct <= 100)
);

CREATE TABLE app_user (
  username      VARCHAR(100) NOT NULL,
  password_hash VARCHAR(100) NOT NULL,
  role          VARCHAR(10)  NOT NULL,
  enabled       BOOLEAN      NOT NULL,
  created_at    TIMESTAMP    NOT NULL,
  updated_at    TIMESTAMP    NOT NULL,
  CONSTRAINT pk_app_user PRIMARY KEY (username),
  CONSTRAINT ck_app_user_role CHECK (role IN ('VIEWER', 'ANALYST', 'ADMIN'))
);
