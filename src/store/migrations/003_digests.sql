-- Digest subscriptions of channels, and one row per (subscription, week) delivery attempt.
CREATE TABLE subscription (
  id         INTEGER PRIMARY KEY,
  platform   TEXT NOT NULL,
  workspace  TEXT NOT NULL,
  channel    TEXT NOT NULL,
  plan_ids   TEXT,                 -- JSON array of plan ids; NULL = all plans
  weekday    INTEGER NOT NULL,     -- 1 = Monday … 7 = Sunday
  time       TEXT NOT NULL,        -- HH:MM in `timezone`
  timezone   TEXT NOT NULL,
  lookahead  INTEGER NOT NULL,     -- days
  locale     TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (platform, workspace, channel)
);

-- status: claimed (a process owns it, not yet posting) → posting (post under way) → sent | retry | failed.
CREATE TABLE digest_run (
  subscription_id INTEGER NOT NULL REFERENCES subscription(id) ON DELETE CASCADE,
  week            TEXT NOT NULL,   -- ISO week in the subscription's zone, e.g. 2026-W19
  status          TEXT NOT NULL CHECK (status IN ('claimed', 'posting', 'sent', 'retry', 'failed')),
  owner           TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT,
  last_error      TEXT,
  PRIMARY KEY (subscription_id, week)
);
