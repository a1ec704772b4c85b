-- Slack installations (OAuth, one row per workspace or Enterprise Grid org), as Bolt's InstallationStore keeps them.
CREATE TABLE slack_installation (
  id         TEXT PRIMARY KEY, -- 'T…' team id, or 'E…' enterprise id for org-wide installs
  data       TEXT NOT NULL,    -- the Installation object (JSON)
  updated_at TEXT NOT NULL
);
