-- Theme-day relevance of task links, and admins' notes on theme days.
-- How much a task's own words (without unit and theme-day names) are on a linked day's topic (keyword hits):
-- the most topical tasks come before those that only name the day in a list.
ALTER TABLE task_theme ADD COLUMN topical INTEGER NOT NULL DEFAULT 0;

-- An admin's note on a theme day for a year (this year's 主题, the notice link), per workspace.
CREATE TABLE theme_note (
  workspace TEXT NOT NULL,
  day_id    TEXT NOT NULL,
  year      INTEGER NOT NULL,
  note      TEXT NOT NULL,
  set_by    TEXT NOT NULL,
  set_at    TEXT NOT NULL,
  PRIMARY KEY (workspace, day_id, year)
);
