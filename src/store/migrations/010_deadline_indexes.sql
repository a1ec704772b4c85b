-- Deadlines: counting what falls due in each year reads this index instead of every target row (with its
-- quote); the items of one year walk the plans in order and read each plan's milestones, and removing a
-- plan deletes its milestones through the second index instead of a scan.
CREATE INDEX IF NOT EXISTS target_due ON target(recurrence, year, plan_id);
CREATE INDEX IF NOT EXISTS milestone_by_plan ON milestone(plan_id, year);
