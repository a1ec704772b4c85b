/** Subscriptions and digest runs. Claims are single SQL statements, so two processes on one database cannot both own a run. */
import type { Db } from './db.js';
import type { Locale } from '../i18n.js';
import type { Platform } from '../reply.js';

/** A channel on a platform: where a digest goes. */
export interface ChannelRef {
  platform: Platform;
  workspace: string;
  channel: string;
}

export interface Subscription extends ChannelRef {
  id: number;
  planIds: number[] | null;
  weekday: number;
  time: string;
  timezone: string;
  lookahead: number;
  locale: Locale;
  createdBy: string;
  createdAt: string;
}

export type NewSubscription = Omit<Subscription, 'id' | 'createdAt'>;

export interface DigestRun {
  subscriptionId: number;
  week: string;
  status: 'claimed' | 'posting' | 'sent' | 'retry' | 'failed';
  owner: string;
  updatedAt: string;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
}

const COLUMNS = `id, platform, workspace, channel, plan_ids AS planIds, weekday, time, timezone, lookahead, locale, created_by AS createdBy, created_at AS createdAt`;
const RUN_COLUMNS = `subscription_id AS subscriptionId, week, status, owner, updated_at AS updatedAt, attempts, next_attempt_at AS nextAttemptAt, last_error AS lastError`;

function hydrate(row: Omit<Subscription, 'planIds'> & { planIds: string | null }): Subscription {
  return { ...row, planIds: row.planIds ? JSON.parse(row.planIds) : null };
}

/** Creates or replaces the subscription of a channel. */
export function upsertSubscription(db: Db, s: NewSubscription, now: Date): Subscription {
  db.prepare(
    `INSERT INTO subscription (platform, workspace, channel, plan_ids, weekday, time, timezone, lookahead, locale, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (platform, workspace, channel) DO UPDATE SET plan_ids = excluded.plan_ids, weekday = excluded.weekday, time = excluded.time,
       timezone = excluded.timezone, lookahead = excluded.lookahead, locale = excluded.locale, created_by = excluded.created_by`,
  ).run(
    s.platform,
    s.workspace,
    s.channel,
    s.planIds ? JSON.stringify(s.planIds) : null,
    s.weekday,
    s.time,
    s.timezone,
    s.lookahead,
    s.locale,
    s.createdBy,
    now.toISOString(),
  );
  return getSubscription(db, s)!;
}

export function getSubscription(db: Db, c: ChannelRef): Subscription | undefined {
  const sql = `SELECT ${COLUMNS} FROM subscription WHERE platform = ? AND workspace = ? AND channel = ?`;
  const row = db.prepare(sql).get(c.platform, c.workspace, c.channel);
  return row ? hydrate(row as never) : undefined;
}

export function deleteSubscription(db: Db, c: ChannelRef): boolean {
  const sql = 'DELETE FROM subscription WHERE platform = ? AND workspace = ? AND channel = ?';
  return db.prepare(sql).run(c.platform, c.workspace, c.channel).changes > 0;
}

export function listSubscriptions(db: Db, platforms?: string[]): Subscription[] {
  const rows = db.prepare(`SELECT ${COLUMNS} FROM subscription ORDER BY id`).all() as never[];
  return rows.map(hydrate).filter((s) => !platforms || platforms.includes(s.platform));
}

export function getRun(db: Db, subscriptionId: number, week: string): DigestRun | undefined {
  return db
    .prepare(`SELECT ${RUN_COLUMNS} FROM digest_run WHERE subscription_id = ? AND week = ?`)
    .get(subscriptionId, week) as DigestRun | undefined;
}

export function lastRun(db: Db, subscriptionId: number): DigestRun | undefined {
  return db
    .prepare(`SELECT ${RUN_COLUMNS} FROM digest_run WHERE subscription_id = ? ORDER BY week DESC LIMIT 1`)
    .get(subscriptionId) as DigestRun | undefined;
}

/**
 * Takes a (subscription, week) for `owner`: a new run, a run waiting for its retry time, or a claim
 * abandoned before posting (older than `staleBefore`). Returns false when someone else has it or it is done.
 */
export function claimRun(
  db: Db,
  subscriptionId: number,
  week: string,
  owner: string,
  now: Date,
  staleBefore: Date,
): boolean {
  const at = now.toISOString();
  const inserted = db
    .prepare(
      `INSERT INTO digest_run (subscription_id, week, status, owner, updated_at) VALUES (?, ?, 'claimed', ?, ?) ON CONFLICT DO NOTHING`,
    )
    .run(subscriptionId, week, owner, at).changes;
  if (inserted) return true;
  return (
    db
      .prepare(
        `UPDATE digest_run SET status = 'claimed', owner = ?, updated_at = ?
         WHERE subscription_id = ? AND week = ? AND ((status = 'retry' AND next_attempt_at <= ?) OR (status = 'claimed' AND updated_at < ?))`,
      )
      .run(owner, at, subscriptionId, week, at, staleBefore.toISOString()).changes > 0
  );
}

/** Moves a run owned by `owner` to a new status. */
export function markRun(
  db: Db,
  subscriptionId: number,
  week: string,
  owner: string,
  status: DigestRun['status'],
  now: Date,
  extra: { error?: string; nextAttemptAt?: Date; countAttempt?: boolean } = {},
): void {
  db.prepare(
    `UPDATE digest_run SET status = ?, updated_at = ?, last_error = coalesce(?, last_error), next_attempt_at = ?, attempts = attempts + ?
     WHERE subscription_id = ? AND week = ? AND owner = ?`,
  ).run(
    status,
    now.toISOString(),
    extra.error ?? null,
    extra.nextAttemptAt?.toISOString() ?? null,
    extra.countAttempt ? 1 : 0,
    subscriptionId,
    week,
    owner,
  );
}

/** Runs left in 'posting' by a process that stopped: whether they were delivered is unknown. */
export function interruptedRuns(db: Db, staleBefore: Date): DigestRun[] {
  return db
    .prepare(`SELECT ${RUN_COLUMNS} FROM digest_run WHERE status = 'posting' AND updated_at < ?`)
    .all(staleBefore.toISOString()) as DigestRun[];
}

/** Takes over a run another process left in 'posting' (as `run` shows it); false when someone else took it first. */
export function takeOverRun(db: Db, run: DigestRun, owner: string, now: Date): boolean {
  return (
    db
      .prepare(
        `UPDATE digest_run SET status = 'claimed', owner = ?, updated_at = ?
         WHERE subscription_id = ? AND week = ? AND status = 'posting' AND owner = ? AND updated_at = ?`,
      )
      .run(owner, now.toISOString(), run.subscriptionId, run.week, run.owner, run.updatedAt).changes > 0
  );
}
