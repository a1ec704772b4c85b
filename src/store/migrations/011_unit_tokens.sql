-- The full-text indexes again, cheaper to write and to filter by unit:
-- - tokenize = 'ascii': the text is tokenized in JavaScript (fts.ts: CJK bigrams and lower-case [a-z0-9]
--   words, space-separated), so the tokenizer only splits on spaces; unicode61's folding found nothing to fold.
-- - Unit names are indexed as tokens of their own ('u' before each: 科协 → u科协), so a unit filter reads the
--   occurrences in unit names only, not every occurrence of 教育 in task texts.
-- - task_chars also holds each task's distinct unit tokens, so a one-character query with a unit filter is
--   one MATCH in that index.
-- - Larger index pages (pgsz) than the default 1 000 bytes: fewer pages written per import.
DROP TABLE task_fts;
DROP TABLE task_chars;
CREATE VIRTUAL TABLE task_fts USING fts5(title, body, units, owner, tokenize = 'ascii', content = '', contentless_delete = 1);
INSERT INTO task_fts (task_fts, rank) VALUES ('pgsz', 4050);
CREATE VIRTUAL TABLE task_chars USING fts5(chars, tokenize = 'ascii', detail = none, content = '', contentless_delete = 1);
INSERT INTO task_chars (task_chars, rank) VALUES ('pgsz', 4050);
CREATE TEMP TABLE task_units AS SELECT t.id, (SELECT json_group_array(name) FROM (SELECT un.name FROM task_unit tu
  JOIN unit un ON un.id = tu.unit_id WHERE tu.task_id = t.id ORDER BY tu.role, tu.pos)) AS names FROM task t;
INSERT INTO task_fts (rowid, title, body, units, owner)
  SELECT t.id, kepu_bigrams(t.title), kepu_bigrams(t.text), kepu_units(u.names), kepu_owner(p.workspace)
  FROM task t JOIN plan p ON p.id = t.plan_id JOIN task_units u ON u.id = t.id;
INSERT INTO task_chars (rowid, chars)
  SELECT t.id, kepu_chars_row(t.title || t.text, u.names, p.workspace)
  FROM task t JOIN plan p ON p.id = t.plan_id JOIN task_units u ON u.id = t.id;
DROP TABLE task_units;
