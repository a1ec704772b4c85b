-- How much a task's own words (without unit and theme-day names) are on a linked day's topic (keyword hits):
-- the most topical tasks come before those that only name the day in a list.
ALTER TABLE task_theme ADD COLUMN topical INTEGER NOT NULL DEFAULT 0;
