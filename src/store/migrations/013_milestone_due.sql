-- A milestone's date when its text names a month, quarter or half of its year (2026年5月底前 → 2026-05-31);
-- NULL for one that names its year only, and for milestones stored before this (a re-import dates them).
-- Digests find the dated milestones falling in their window through the index.
ALTER TABLE milestone ADD COLUMN due TEXT;
CREATE INDEX IF NOT EXISTS milestone_due ON milestone(due) WHERE due IS NOT NULL;
