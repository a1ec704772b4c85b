-- A target may be a cap to stay within (婴儿死亡率 ≤5.2‰, 降至…以下): comparator '<='. SQLite changes a CHECK
-- constraint only by rebuilding its table.
CREATE TABLE target_new (
  id         INTEGER PRIMARY KEY,
  plan_id    INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL,
  task_id    INTEGER REFERENCES task(id) ON DELETE CASCADE,
  quote      TEXT NOT NULL,
  metric     TEXT NOT NULL,
  comparator TEXT NOT NULL CHECK (comparator IN ('>', '>=', '<=', '=', '~', 'range')),
  value      REAL NOT NULL,
  value_max  REAL,
  unit       TEXT NOT NULL,
  year       INTEGER,
  recurrence TEXT CHECK (recurrence IN ('annual')),
  UNIQUE (plan_id, seq)
);
INSERT INTO target_new SELECT id, plan_id, seq, task_id, quote, metric, comparator, value, value_max, unit, year, recurrence
  FROM target;
DROP TABLE target;
ALTER TABLE target_new RENAME TO target;
CREATE INDEX target_due ON target(recurrence, year, plan_id);
