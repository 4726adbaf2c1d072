-- carepool store, part 8: what a load replaced, kept in the import history.

-- For a loaded file, what it replaced, for people: e.g. the months of activity it held and how many
-- stored rows each of them lost and gained ("2026-10 (9,640 rows out, 2 in)").
ALTER TABLE import_batch ADD COLUMN replaced VARCHAR(2000);
