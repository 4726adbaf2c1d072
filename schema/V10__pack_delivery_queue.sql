-- Scheduled packs, second round (issue 6 review): the mail goes through a queue in the store, so
-- retries wait without holding a render thread and survive a restart; every fire is recorded,
-- skipped ones too; a pack too large to attach is fetched through an expiring link.

-- SENDING: rendered and archived, its mail queued or waiting to be retried (see pack_delivery).
-- INCOMPLETE: delivered, but some sections could not be produced (listed in missing_sections).
-- SKIPPED: not run (paused, missed while the server was down under misfire: skip, or overtaken by
-- a later catch-up); error_message says why. CATCH_UP: a fire missed while the server was down.
ALTER TABLE schedule_run DROP CONSTRAINT ck_schedule_run_kind;
ALTER TABLE schedule_run ADD CONSTRAINT ck_schedule_run_kind
  CHECK (run_kind IN ('SCHEDULED', 'MANUAL', 'RECOVERED', 'CATCH_UP'));
ALTER TABLE schedule_run DROP CONSTRAINT ck_schedule_run_outcome;
ALTER TABLE schedule_run ADD CONSTRAINT ck_schedule_run_outcome
  CHECK (outcome IN ('RUNNING', 'SENDING', 'DELIVERED', 'INCOMPLETE', 'FAILED', 'SKIPPED'));

-- scheduled_fire_time is the cron's own (nominal) fire: before a working-day move, and the missed
-- fire for a catch-up; it names the period and is the dedupe key. trigger_fire_time is when Quartz
-- fired it, which is how a re-fired (recovered) job finds its run again.
ALTER TABLE schedule_run ADD COLUMN trigger_fire_time TIMESTAMP;
ALTER TABLE schedule_run ADD COLUMN workbook_file VARCHAR(1000);
ALTER TABLE schedule_run ADD COLUMN workbook_size BIGINT;
ALTER TABLE schedule_run ADD COLUMN missing_sections VARCHAR(4000);

CREATE INDEX ix_schedule_run_outcome ON schedule_run (outcome);

-- The mail of a SENDING run. A worker locks a row for one attempt at a time (locked_until is a
-- lease, so a process that dies mid-attempt frees it); after a failed attempt next_attempt_at moves
-- on by the backoff. The row goes when the run is DELIVERED, INCOMPLETE or FAILED.
CREATE TABLE pack_delivery (
  run_id BIGINT NOT NULL,
  next_attempt_at TIMESTAMP NOT NULL,
  locked_by VARCHAR(40),
  locked_until TIMESTAMP,
  last_error VARCHAR(4000),
  CONSTRAINT pk_pack_delivery PRIMARY KEY (run_id),
  CONSTRAINT fk_pack_delivery_run FOREIGN KEY (run_id) REFERENCES schedule_run (id)
);

CREATE INDEX ix_pack_delivery_due ON pack_delivery (next_attempt_at);

-- Download links mailed to recipients (who need no carepool account): only a SHA-256 hash of each
-- random token is kept, so the store does not hold working links.
CREATE TABLE pack_link (
  token_hash CHAR(64) NOT NULL,
  run_id BIGINT NOT NULL,
  file_kind VARCHAR(8) NOT NULL,
  expires_at TIMESTAMP NOT NULL,
  CONSTRAINT pk_pack_link PRIMARY KEY (token_hash),
  CONSTRAINT fk_pack_link_run FOREIGN KEY (run_id) REFERENCES schedule_run (id),
  CONSTRAINT ck_pack_link_kind CHECK (file_kind IN ('pdf', 'xlsx'))
);

-- Each running server's schedules, seen every 30 s: a run claimed by an instance not seen for a
-- while is known to be abandoned (its process is gone), never one whose process is alive.
CREATE TABLE schedule_instance (
  instance_id VARCHAR(40) NOT NULL,
  started_at TIMESTAMP NOT NULL,
  last_seen TIMESTAMP NOT NULL,
  CONSTRAINT pk_schedule_instance PRIMARY KEY (instance_id)
);
