-- carepool store, part 23: one number raised by every change to the figures, in the change's own transaction.

-- Downloads and dashboard cards are cached by the data version they were rendered at. The marks that
-- made it (the newest import batch, close, reopening and commentary ids) are taken from sequences when a
-- change starts, so two changes that commit out of that order (two closes at once; two loads on two nodes
-- of one PostgreSQL) could leave the newest id unchanged by the later commit, and a file rendered between
-- the two commits would be served after the second as if current. Raising this one number is the last
-- write of every load, close, reopening and hand-entered commentary: its row lock orders the commits, and
-- every commit changes it. A cached file is kept only while the generation it was rendered at stands.
CREATE TABLE data_generation (
  id         INT    NOT NULL,
  generation BIGINT NOT NULL,
  CONSTRAINT pk_data_generation PRIMARY KEY (id),
  CONSTRAINT ck_data_generation_one_row CHECK (id = 1)
);

INSERT INTO data_generation (id, generation) VALUES (1, 0);
