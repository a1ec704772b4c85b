-- Finding the plan an import replaces (replacedBy in plans.ts) by title reads this index instead of every
-- plan of the owner: an import no longer takes longer the more plans there are.
CREATE INDEX IF NOT EXISTS plan_title_by_owner ON plan(ifnull(workspace, ''), title);
