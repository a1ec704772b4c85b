-- The full-text indexes keep no copy of the text (contentless FTS5; rows deletable by rowid). task_fts also
-- indexes each task's unit names (one name per run, a 'zz' token between names), so a unit filter is part of
-- the MATCH expression, and its plan's owner (owner column: 'wlib' for the library, 'wown w<hex of the id>'
-- for a workspace; see ownerTokens in fts.ts), so the workspace scope is part of it too. task_chars holds the
-- owner tokens after the characters (no collision: characters are single CJK characters). Both are rebuilt
-- from the tables with the functions the connection registers (kepu_bigrams, kepu_chars, kepu_owner).
DROP TABLE task_fts;
DROP TABLE task_chars;
CREATE VIRTUAL TABLE task_fts USING fts5(title, body, units, owner, tokenize = 'unicode61', content = '', contentless_delete = 1);
CREATE VIRTUAL TABLE task_chars USING fts5(chars, tokenize = 'unicode61', detail = none, content = '', contentless_delete = 1);
INSERT INTO task_fts (rowid, title, body, units, owner)
  SELECT t.id, kepu_bigrams(t.title), kepu_bigrams(t.text),
    (SELECT group_concat(kepu_bigrams(name), ' zz ') FROM (SELECT DISTINCT u.name FROM task_unit tu JOIN unit u ON u.id = tu.unit_id WHERE tu.task_id = t.id)),
    kepu_owner(p.workspace)
  FROM task t JOIN plan p ON p.id = t.plan_id;
INSERT INTO task_chars (rowid, chars)
  SELECT t.id, kepu_chars(t.title || t.text) || ' ' || kepu_owner(p.workspace) FROM task t JOIN plan p ON p.id = t.plan_id;

-- Per owner ('' = the library) and unit: how many of the owner's tasks name the unit (in either role), how
-- many of those it leads, in how many of the owner's plans, and how many of those plans name no lead unit at
-- all (kept up to date by imports and removals). A workspace's counts are the sum of the library's row and
-- its own: a plan has one owner, so the two never count the same task or plan.
CREATE TABLE unit_stat (
  workspace           TEXT NOT NULL,
  unit_id             INTEGER NOT NULL REFERENCES unit(id),
  tasks               INTEGER NOT NULL,
  lead                INTEGER NOT NULL,
  plans               INTEGER NOT NULL,
  plans_without_leads INTEGER NOT NULL,
  PRIMARY KEY (workspace, unit_id)
) WITHOUT ROWID;
INSERT INTO unit_stat (workspace, unit_id, tasks, lead, plans, plans_without_leads)
  SELECT ifnull(p.workspace, ''), tu.unit_id, count(DISTINCT tu.task_id),
    count(DISTINCT CASE WHEN tu.role = 'lead' THEN tu.task_id END), count(DISTINCT t.plan_id),
    count(DISTINCT CASE WHEN NOT EXISTS (SELECT 1 FROM task lt JOIN task_unit l ON l.task_id = lt.id
      WHERE lt.plan_id = t.plan_id AND l.role = 'lead') THEN t.plan_id END)
  FROM task_unit tu JOIN task t ON t.id = tu.task_id JOIN plan p ON p.id = t.plan_id
  GROUP BY ifnull(p.workspace, ''), tu.unit_id;

-- A counter bumped whenever a plan is stored or deleted (savePlan, deletePlanRows; a plan's tasks change
-- only then): results derived from the tasks and memoized in memory stay valid while it stays the same. Task
-- ids are reused once the highest are deleted, so the tasks themselves cannot tell a re-import apart.
CREATE TABLE task_change (n INTEGER NOT NULL);
INSERT INTO task_change (n) VALUES (0);
