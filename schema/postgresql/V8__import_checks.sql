-- carepool store, part 8: what a load replaced, kept in the import history.

-- For a loaded file, what it replaced, for people: e.g. the months of activity it held and how many
-- stored rows each of them lost and gained ("2026-10 (9,640 rows out, 2 in)").
ALTER TABLE import_batch ADD COLUMN replaced VARCHAR(2000);

-- Checks the importer has always made before writing, now also made by the store, so that no
-- other writer can break them (existing stores pass: they hold only what the importer wrote).
-- A forecast outturn is a year's expected spend, compared with a budget that cannot be negative.
ALTER TABLE forecast ADD CONSTRAINT ck_forecast_outturn CHECK (forecast_outturn >= 0);

-- A month is stored as the DATE of its first day (DAY() is Derby's; PostgreSQL would write
-- EXTRACT(DAY FROM month) when the store moves).
ALTER TABLE spend ADD CONSTRAINT ck_spend_month CHECK (EXTRACT(DAY FROM month) = 1);
ALTER TABLE forecast ADD CONSTRAINT ck_forecast_month CHECK (EXTRACT(DAY FROM month) = 1);
ALTER TABLE kpi_actual ADD CONSTRAINT ck_kpi_actual_month CHECK (EXTRACT(DAY FROM month) = 1);
ALTER TABLE activity ADD CONSTRAINT ck_activity_month CHECK (EXTRACT(DAY FROM month) = 1);
ALTER TABLE activity_month ADD CONSTRAINT ck_activity_month_month CHECK (EXTRACT(DAY FROM month) = 1);
ALTER TABLE activity_summary ADD CONSTRAINT ck_activity_summary_month CHECK (EXTRACT(DAY FROM month) = 1);
ALTER TABLE activity_practice_summary ADD CONSTRAINT ck_activity_practice_summary_month CHECK (EXTRACT(DAY FROM month) = 1);
ALTER TABLE activity_bed_summary ADD CONSTRAINT ck_activity_bed_summary_month CHECK (EXTRACT(DAY FROM month) = 1);
ALTER TABLE kpi_activity_summary ADD CONSTRAINT ck_kpi_activity_summary_month CHECK (EXTRACT(DAY FROM month) = 1);
