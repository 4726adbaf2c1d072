-- carepool store, part 3: what the web page needs to keep people signed in, slow down password
-- guessing, and remember who did what. Every constraint and index is named (see V1).

-- Who did what, when and from where. occurred_at is UTC; pages show Europe/London.
CREATE TABLE audit_event (
  id          BIGINT        NOT NULL GENERATED ALWAYS AS IDENTITY,
  occurred_at TIMESTAMP     NOT NULL,
  actor       VARCHAR(100)  NOT NULL,
  action      VARCHAR(40)   NOT NULL,
  detail      VARCHAR(1000) NOT NULL,
  address     VARCHAR(64)   NOT NULL,
  CONSTRAINT pk_audit_event PRIMARY KEY (id)
);
CREATE INDEX ix_audit_event_occurred ON audit_event (occurred_at);

-- Signed-in browser sessions. The cookie holds a random token; the store holds only its SHA-256,
-- so a copy of the store cannot be replayed as a session.
CREATE TABLE web_session (
  token_hash   CHAR(64)     NOT NULL,
  username     VARCHAR(100) NOT NULL,
  csrf_token   VARCHAR(64)  NOT NULL,
  address      VARCHAR(64)  NOT NULL,
  created_at   TIMESTAMP    NOT NULL,
  last_seen_at TIMESTAMP    NOT NULL,
  CONSTRAINT pk_web_session PRIMARY KEY (token_hash),
  CONSTRAINT fk_web_session_user FOREIGN KEY (username) REFERENCES app_user (username) ON DELETE CASCADE
);
CREATE INDEX ix_web_session_user ON web_session (username);

-- Failed sign-ins, counted per user name and per address to lock out password guessing.
CREATE TABLE sign_in_failure (
  id        BIGINT       NOT NULL GENERATED ALWAYS AS IDENTITY,
  username  VARCHAR(100) NOT NULL,
  address   VARCHAR(64)  NOT NULL,
  failed_at TIMESTAMP    NOT NULL,
  CONSTRAINT pk_sign_in_failure PRIMARY KEY (id)
);
CREATE INDEX ix_sign_in_failure_user ON sign_in_failure (username, failed_at);
CREATE INDEX ix_sign_in_failure_address ON sign_in_failure (address, failed_at);
