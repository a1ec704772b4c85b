-- Plans and what was parsed out of them. A plan's children go with it (ON DELETE CASCADE).
CREATE TABLE plan (
  id           INTEGER PRIMARY KEY,
  source       TEXT NOT NULL,
  sha256       TEXT NOT NULL UNIQUE,
  title        TEXT NOT NULL,
  issuer       TEXT,
  doc_number   TEXT,
  issued_on    TEXT,
  region       TEXT,
  period_start INTEGER,
  period_end   INTEGER,
  imported_at  TEXT NOT NULL
);

CREATE TABLE task (
  id      INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
  seq     INTEGER NOT NULL,
  part    TEXT NOT NULL CHECK (part IN ('main', 'guarantee')),
  path    TEXT NOT NULL, -- JSON array of heading titles
  number  TEXT NOT NULL,
  title   TEXT NOT NULL,
  text    TEXT NOT NULL,
  UNIQUE (plan_id, seq)
);

CREATE TABLE unit (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  key  TEXT NOT NULL
);

CREATE TABLE task_unit (
  task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES unit(id),
  role    TEXT NOT NULL CHECK (role IN ('lead', 'responsible')),
  pos     INTEGER NOT NULL, -- order as printed
  PRIMARY KEY (task_id, unit_id, role)
);
CREATE INDEX task_unit_by_unit ON task_unit(unit_id, role);

CREATE TABLE target (
  id         INTEGER PRIMARY KEY,
  plan_id    INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL,
  task_id    INTEGER REFERENCES task(id) ON DELETE CASCADE,
  quote      TEXT NOT NULL,
  metric     TEXT NOT NULL,
  comparator TEXT NOT NULL CHECK (comparator IN ('>', '>=', '=', '~', 'range')),
  value      REAL NOT NULL,
  value_max  REAL,
  unit       TEXT NOT NULL,
  year       INTEGER,
  recurrence TEXT CHECK (recurrence IN ('annual')),
  UNIQUE (plan_id, seq)
);

CREATE TABLE milestone (
  id      INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
  year    INTEGER NOT NULL,
  text    TEXT NOT NULL
);

-- Theme days a plan or task names, as printed.
CREATE TABLE theme_mention (
  plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
  task_id INTEGER REFERENCES task(id) ON DELETE CASCADE,
  name    TEXT NOT NULL
);
CREATE INDEX theme_mention_by_name ON theme_mention(name);
CREATE INDEX theme_mention_by_task ON theme_mention(task_id);

-- Full-text index of tasks: rowid = task.id; CJK text as overlapping bigrams, other words whole.
CREATE VIRTUAL TABLE task_fts USING fts5(title, body, tokenize = 'unicode61');
-- The distinct CJK characters of each task (rowid = task.id), for one-character queries a bigram cannot answer.
CREATE VIRTUAL TABLE task_chars USING fts5(chars, tokenize = 'unicode61', detail = none);

-- Theme days each task concerns: named in it ('mention') or on the day's topic ('keyword').
CREATE TABLE task_theme (
  task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
  day_id  TEXT NOT NULL,
  how     TEXT NOT NULL CHECK (how IN ('mention', 'keyword')),
  PRIMARY KEY (day_id, task_id)
);
CREATE INDEX task_theme_by_task ON task_theme(task_id);
