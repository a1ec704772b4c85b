-- Theme-day dates announced by admins, and local theme days, per workspace (Discord guild, Slack team, console).
CREATE TABLE theme_override (
  workspace TEXT NOT NULL,
  day_id    TEXT NOT NULL,
  year      INTEGER NOT NULL,
  start     TEXT NOT NULL,
  end       TEXT NOT NULL,
  set_by    TEXT NOT NULL,
  set_at    TEXT NOT NULL,
  PRIMARY KEY (workspace, day_id, year)
);

CREATE TABLE local_theme_day (
  workspace TEXT NOT NULL,
  id        TEXT NOT NULL,
  data      TEXT NOT NULL, -- JSON ThemeDay
  PRIMARY KEY (workspace, id)
);
