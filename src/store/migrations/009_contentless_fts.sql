-- The full-text indexes keep no copy of the text (contentless FTS5; rows deletable by rowid). task_fts also
-- indexes each task's unit names (one name per run, a 'zz' token between names), so a unit filter is part of
-- the MATCH expression. Both are rebuilt from the tables with the tokenizer functions the connection
-- registers (kepu_bigrams, kepu_chars).
DROP TABLE task_fts;
DROP TABLE task_chars;
CREATE VIRTUAL TABLE task_fts USING fts5(title, body, units, tokenize = 'unicode61', content = '', contentless_delete = 1);
CREATE VIRTUAL TABLE task_chars USING fts5(chars, tokenize = 'unicode61', detail = none, content = '', contentless_delete = 1);
INSERT INTO task_fts (rowid, title, body, units)
  SELECT t.id, kepu_bigrams(t.title), kepu_bigrams(t.text),
    (SELECT group_concat(kepu_bigrams(name), ' zz ') FROM (SELECT DISTINCT u.name FROM task_unit tu JOIN unit u ON u.id = tu.unit_id WHERE tu.task_id = t.id))
  FROM task t;
INSERT INTO task_chars (rowid, chars) SELECT id, kepu_chars(title || text) FROM task;

-- Per unit: how many tasks it leads and shares, and in how many plans (kept up to date by imports).
CREATE TABLE unit_stat (
  unit_id     INTEGER PRIMARY KEY REFERENCES unit(id),
  lead        INTEGER NOT NULL,
  responsible INTEGER NOT NULL,
  plans       INTEGER NOT NULL
);
INSERT INTO unit_stat (unit_id, lead, responsible, plans)
  SELECT tu.unit_id, sum(tu.role = 'lead'), sum(tu.role = 'responsible'), count(DISTINCT t.plan_id)
  FROM task_unit tu JOIN task t ON t.id = tu.task_id GROUP BY tu.unit_id;
