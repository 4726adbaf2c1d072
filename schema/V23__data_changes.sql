-- carepool store, part 23: one row written by every change to the figures, in the change's own transaction.

-- Downloads and dashboard cards are cached by the data version they were rendered at. The marks that
-- made the version (the newest import batch, close, reopening and commentary ids) are taken from
-- sequences when a change starts, so two changes that commit out of that order (two closes at once;
-- loads on two nodes of one PostgreSQL) could leave the newest id unchanged by the later commit, and a
-- file rendered between the two commits would be served after the second as if current. Every load,
-- close, reopening and hand-entered commentary inserts a row here as its last write: the number of rows
-- changes with every commit, in whatever order they commit. A row rather than one counter updated in
-- place, so that changes never wait for each other here, and concurrent SERIALIZABLE closes of
-- different arrangements do not fail each other over it. The kind lets a board pack, which must read
-- all its sections from one state of the figures, watch the loads alone: a close keeps the figures as
-- they stand, while packs delivered at once close their boards' months by the dozen.
CREATE TABLE data_change (
  id         BIGINT      NOT NULL GENERATED ALWAYS AS IDENTITY,
  kind       VARCHAR(10) NOT NULL,
  changed_at TIMESTAMP   NOT NULL,
  CONSTRAINT pk_data_change PRIMARY KEY (id),
  CONSTRAINT ck_data_change_kind CHECK (kind IN ('LOAD', 'CLOSE', 'REOPEN', 'COMMENTARY'))
);
