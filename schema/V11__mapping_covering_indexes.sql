-- The spend mapping reads a financial year of two tables that grow with the area: people per
-- practice (population) and cost by locality, age band, sex and setting (activity_summary). Both
-- indexes hold every column those reads need, so Derby answers them from the index alone instead
-- of fetching each row: the mapping's time then grows less with the number of practices.
CREATE INDEX ix_population_year_practice ON population (population_year, practice, person_count);
CREATE INDEX ix_activity_summary_mapping ON activity_summary (month, locality, age_band, sex, setting, cost);
