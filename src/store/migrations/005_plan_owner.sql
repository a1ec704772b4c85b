-- Plans belong to a workspace: NULL = the host's library, seen by every workspace; otherwise the Discord
-- guild, Slack team or Feishu tenant that imported it. The same file may be imported in several
-- workspaces, so a plan's hash is unique per owner. Rebuilt as SQLite's documented table change (the
-- migration runs with foreign keys off; ids are kept, so children keep their plan).
CREATE TABLE plan_new (
  id           INTEGER PRIMARY KEY,
  workspace    TEXT,
  source       TEXT NOT NULL,
  sha256       TEXT NOT NULL,
  title        TEXT NOT NULL,
  issuer       TEXT,
  doc_number   TEXT,
  issued_on    TEXT,
  region       TEXT,
  period_start INTEGER,
  period_end   INTEGER,
  imported_at  TEXT NOT NULL
);
INSERT INTO plan_new (id, workspace, source, sha256, title, issuer, doc_number, issued_on, region, period_start, period_end, imported_at)
  SELECT id, NULL, source, sha256, title, issuer, doc_number, issued_on, region, period_start, period_end, imported_at FROM plan;
DROP TABLE plan;
ALTER TABLE plan_new RENAME TO plan;
CREATE UNIQUE INDEX plan_sha_by_owner ON plan(ifnull(workspace, ''), sha256);
CREATE INDEX plan_by_owner ON plan(workspace);

-- Earlier versions of a plan, replaced by a re-import or a restore: the parsed plan as JSON, newest last.
CREATE TABLE plan_version (
  id          INTEGER PRIMARY KEY,
  plan_id     INTEGER NOT NULL,
  workspace   TEXT,
  source      TEXT NOT NULL,
  sha256      TEXT NOT NULL,
  data        TEXT NOT NULL, -- JSON Plan
  replaced_at TEXT NOT NULL
);
CREATE INDEX plan_version_by_plan ON plan_version(plan_id, id);
